#pragma once

#include <QTableView>

// The lines voided since the order was read, struck through: as tall as its rows, up to two,
// so the order's own lines keep the room, and gone while there are none.
class VoidedLinesTable : public QTableView
{
    Q_OBJECT
public:
    explicit VoidedLinesTable(QWidget* parent = nullptr);
    ~VoidedLinesTable() override;

    // Shows `voided` (a VoidedLinesModel) and follows its rows from now on.
    void setVoidedModel(QAbstractItemModel* voided);

private:
    void fitRows();
};
