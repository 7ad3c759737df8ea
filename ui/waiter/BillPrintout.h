#pragma once

#include <QCoreApplication>
#include <QString>

class BillModel;
class Clock;
class QPrinter;

// The guest's bill on a printer's page (or a PDF): the table, each seat's lines with their
// amounts and subtotal, the shared items, and the total, as the bill screen shows them.
class BillPrintout
{
    Q_DECLARE_TR_FUNCTIONS(BillPrintout)
public:
    // `clock`: the time printed under the heading.
    BillPrintout(const BillModel& bill, const QString& tableName, const Clock& clock);

    // False when the printer would not start or finish the job.
    bool print(QPrinter& printer) const;

private:
    const BillModel& m_bill;
    QString m_tableName;
    const Clock& m_clock;
};
