#pragma once

#include "client/VoidedLine.h"

#include <QAbstractTableModel>
#include <QHash>

// The lines voided on the open order since it was last read: struck through, with the reason
// and who approved, until the next refresh leaves them out.
class VoidedLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeatColumn, ItemColumn, QtyColumn, ReasonColumn, ApprovedByColumn, ColumnCount };

    explicit VoidedLinesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLines(const QList<VoidedLine>& lines);
    void setItemNames(const QHash<QString, QString>& names);
    void setStaffNames(const QHash<QString, QString>& names);

private:
    QList<VoidedLine> m_lines;
    QHash<QString, QString> m_itemNames;
    QHash<QString, QString> m_staffNames;
};
