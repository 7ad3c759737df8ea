#pragma once

#include "model/Result.h"

#include <QList>
#include <QString>

class QAbstractItemModel;

// A table exactly as shown, as CSV (RFC 4180): the header, then every row, of the given columns
// in the given order, each cell's display text. No dialogs here, so tests read the text.
class CsvWriter
{
public:
    static QString toCsv(const QAbstractItemModel& model, const QList<int>& columns);
    // A field quoted where it must be: commas, quotes, line breaks, or edge spaces. A cell a
    // spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
    // return) gets a leading ' and quotes (OWASP CSV injection); a plain number such as "-2"
    // stays a number.
    static QString field(const QString& text);
    // True when a spreadsheet would take the text for a formula.
    static bool looksLikeFormula(const QString& text);
    // UTF-8 with a byte-order mark, so spreadsheet programs read "Ayşe" as written.
    static Result<void> save(const QString& path, const QString& csv);
};
