#pragma once

#include <QWidget>

class TableGridModel;
class QLabel;
class QListView;

// The venue's tables as a grid of tiles; tapping one opens its order.
class TableGridView : public QWidget
{
    Q_OBJECT
public:
    explicit TableGridView(TableGridModel* model, QWidget* parent = nullptr);

    void setStaffName(const QString& name);
    // A short status or error line in the header; empty hides it.
    void setStatus(const QString& text);
    QListView* grid() const { return m_grid; }

Q_SIGNALS:
    void tableChosen(const QString& tableId, qint64 orderId);
    void refreshRequested();
    void logoutRequested();

private:
    TableGridModel* m_model;
    QListView* m_grid = nullptr;
    QLabel* m_staff = nullptr;
    QLabel* m_status = nullptr;
};
