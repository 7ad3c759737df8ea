#include "BillPrintout.h"

#include "BillModel.h"
#include "PrintedPage.h"

#include "model/Clock.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

BillPrintout::BillPrintout(const BillModel& bill, const QString& tableName, const Clock& clock)
    : m_bill(bill)
    , m_tableName(tableName)
    , m_clock(clock)
{}

bool BillPrintout::print(QPrinter& printer) const
{
    using Block = PrintedPage::Block;
    using Kind = BillModel::RowKind;
    QList<Block> blocks;
    blocks.append({tr("Bill — %1").arg(m_tableName), 20, true});
    blocks.append(
        {QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()), QLocale::ShortFormat),
         10});
    const auto text = [this](int row, int column) {
        return m_bill.index(row, column).data().toString();
    };
    for (int row = 0; row < m_bill.rowCount(); ++row) {
        const auto kind = Kind(m_bill.index(row, 0).data(BillModel::RowKindRole).toInt());
        switch (kind) {
        case Kind::SeatHeading:
            blocks.append({text(row, BillModel::ItemColumn), 14, true});
            break;
        case Kind::Line:
            blocks.append(
                {tr("%1 × %2 (%3 each)")
                     .arg(text(row, BillModel::QtyColumn), text(row, BillModel::ItemColumn),
                          text(row, BillModel::UnitColumn)),
                 11, false, false, false, 12, text(row, BillModel::AmountColumn)});
            break;
        case Kind::SeatTotal:
            blocks.append({text(row, BillModel::ItemColumn), 11, true, false, false, 12,
                           text(row, BillModel::AmountColumn)});
            break;
        case Kind::Total:
            blocks.append({text(row, BillModel::ItemColumn), 16, true, false, false, 0,
                           text(row, BillModel::AmountColumn)});
            break;
        }
    }
    return PrintedPage::print(printer, blocks);
}
