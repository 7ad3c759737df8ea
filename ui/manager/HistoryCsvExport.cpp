#include "HistoryCsvExport.h"

#include "CsvWriter.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

HistoryCsvExport::HistoryCsvExport(Sections shown, QWidget* parent)
    : QObject(parent)
    , m_shown(std::move(shown))
{}

QString HistoryCsvExport::text() const
{
    QString csv;
    bool first = true;
    for (Section section : m_shown()) {
        // A header alone says what the log would hold; an empty table after it says nothing.
        if (!first && section.model->rowCount() == 0)
            continue;
        if (section.columns.isEmpty()) {
            for (int column = 0; column < section.model->columnCount(); ++column)
                section.columns.append(column);
        }
        if (!first)
            csv += u"\r\n"_s;
        csv += CsvWriter::toCsv(*section.model, section.columns);
        first = false;
    }
    return csv;
}

Result<void> HistoryCsvExport::saveTo(const QString& path) const
{
    return CsvWriter::save(path, text());
}

QString HistoryCsvExport::suggestedFileName(const QString& tableName)
{
    return tableName.isEmpty()
               ? tr("history-venue.csv")
               : tr("history-%1.csv").arg(tableName.simplified().replace(u' ', u'-'));
}

void HistoryCsvExport::ask(const QString& tableName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(qobject_cast<QWidget*>(parent()), tr("Export history as CSV"),
                                   QDir(folder).filePath(suggestedFileName(tableName)),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (const Result<void> written = saveTo(path); written)
            Q_EMIT saved(path);
        else
            Q_EMIT saveFailed(written.error().message);
    });
    dialog->open();
}
