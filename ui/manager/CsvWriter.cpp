#include "CsvWriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

#include <functional>

using namespace Qt::Literals::StringLiterals;

QString CsvWriter::toCsv(const QAbstractItemModel& model, const QList<int>& columns)
{
    const auto line = [&columns](const std::function<QString(int)>& cell) -> QString {
        QStringList fields;
        for (const int column : columns)
            fields.append(field(cell(column)));
        return fields.join(u',') + u"\r\n"_s;
    };
    QString csv = line([&model](int column) {
        return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    });
    for (int row = 0; row < model.rowCount(); ++row) {
        csv += line([&model, row](int column) {
            return model.index(row, column).data(Qt::DisplayRole).toString();
        });
    }
    return csv;
}

namespace {

// "-2", "+3", "1.5", "-0,25": a number a spreadsheet reads as a value, never as a formula.
bool isPlainNumber(const QString& text)
{
    qsizetype i = text.startsWith(u'-') || text.startsWith(u'+') ? 1 : 0;
    bool digits = false;
    bool separator = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            digits = true;
        } else if ((c == u'.' || c == u',') && digits && !separator && i + 1 < text.size()) {
            separator = true;
        } else {
            return false;
        }
    }
    return digits;
}

} // namespace

bool CsvWriter::looksLikeFormula(const QString& text)
{
    if (text.isEmpty() || isPlainNumber(text))
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

QString CsvWriter::field(const QString& text)
{
    const bool formula = looksLikeFormula(text);
    const bool quote = formula || text.contains(u',') || text.contains(u'"') ||
                       text.contains(u'\n') || text.contains(u'\r') || text.startsWith(u' ') ||
                       text.endsWith(u' ');
    if (!quote)
        return text;
    QString escaped = formula ? u'\'' + text : text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

Result<void> CsvWriter::save(const QString& path, const QString& csv)
{
    QSaveFile file(path);
    const auto failure = [&file, &path] {
        return ApiError{ErrorCode::ExportFailed,
                        QCoreApplication::translate("CsvWriter", "Could not save %1: %2")
                            .arg(path, file.errorString()),
                        {}};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure();
    file.write("\xEF\xBB\xBF");
    file.write(csv.toUtf8());
    if (!file.commit())
        return failure();
    return {};
}
