#include "StationPrintersDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

StationPrintersDialog::StationPrintersDialog(const QStringList& stations,
                                             const QStringList& printerNames,
                                             const QHash<QString, QString>& chosen,
                                             const QString& billPrinter, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Kitchen printers"));
    auto* form = new QFormLayout;
    for (const QString& station : stations) {
        QComboBox* box = printerChoice(printerNames, tr("No printer"), chosen.value(station));
        form->addRow(tr("Station %1:").arg(station), box);
        m_boxes.insert(station, box);
    }
    m_bills = printerChoice(printerNames, tr("Ask each time"), billPrinter);
    m_bills->setObjectName(u"billPrinter"_s);
    form->addRow(tr("Guests' bills:"), m_bills);
    auto* hint = new QLabel(
        tr("Each station's new tickets print on its printer; a failed print is shown and can "
           "be retried."),
        this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QComboBox* StationPrintersDialog::printerChoice(const QStringList& printerNames,
                                                const QString& none, const QString& current)
{
    auto* box = new QComboBox(this);
    box->addItem(none, QString());
    for (const QString& name : printerNames)
        box->addItem(name, name);
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(tr("%1 (not found)").arg(current), current);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

QString StationPrintersDialog::billPrinter() const
{
    return m_bills->currentData().toString();
}

QHash<QString, QString> StationPrintersDialog::printers() const
{
    QHash<QString, QString> printers;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QString name = it.value()->currentData().toString();
        if (!name.isEmpty())
            printers.insert(it.key(), name);
    }
    return printers;
}
