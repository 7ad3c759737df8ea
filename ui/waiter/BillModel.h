#pragma once

#include "model/ApiMessages.h"

#include <QAbstractTableModel>

// A table's bill as rows: each seat's heading, its lines (qty, unit price, amount) and its
// subtotal, seat by seat with the shared items (seat 0) last, then the total. Amounts in the
// chosen language with the venue's currency.
class BillModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, QtyColumn, UnitColumn, AmountColumn, ColumnCount };
    enum class RowKind { SeatHeading, Line, SeatTotal, Total };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // int(RowKind)
        CentsRole,                      // the row's amount in cents (none on a heading)
        SeatRole,
    };

    explicit BillModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setBill(const BillReply& bill);
    const BillReply& bill() const { return m_bill; }
    // The language changed: amounts and words are written anew.
    void retranslate();
    static QString seatText(int seat);

private:
    struct Row
    {
        RowKind kind = RowKind::Line;
        int seat = 0;
        BillLine line;    // RowKind::Line
        qint64 cents = 0; // subtotals and the total
    };
    QString money(qint64 cents) const;

    BillReply m_bill;
    QList<Row> m_rows;
};
