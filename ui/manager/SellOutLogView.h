#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class SellOutLogModel;

// Tonight's sell-outs under their heading, in the venue's history. Shown only while wanted and
// something sold out: an empty table would cost a venue manager room for nothing.
class SellOutLogView : public QWidget
{
    Q_OBJECT
public:
    explicit SellOutLogView(SellOutLogModel* log, QWidget* parent = nullptr);

    // The venue's view wants the list; one table's view does not.
    void setWanted(bool wanted);
    QTableView* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateShown();

    SellOutLogModel* m_log;
    QLabel* m_title;
    QTableView* m_table;
    bool m_wanted = false;
};
