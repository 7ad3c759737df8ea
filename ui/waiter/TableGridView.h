#pragma once

#include <QWidget>

class TableGridModel;
class TableTileDelegate;
class QLabel;
class QListView;
class QPushButton;

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

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void tableChosen(const QString& tableId, qint64 orderId);
    void refreshRequested();
    void logoutRequested();

private:
    void retranslate();

    TableGridModel* m_model;
    TableTileDelegate* m_tiles = nullptr;
    QString m_staffName;
    QLabel* m_title = nullptr;
    QLabel* m_legend = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_logout = nullptr;
    QListView* m_grid = nullptr;
    QLabel* m_staff = nullptr;
    QLabel* m_status = nullptr;
};
