#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class TicketCardsModel;

// The kitchen display: open tickets as cards (tap one to bump it), a station filter, and a side
// list of bumped tickets to recall or reprint. Says what it is asked; does no work itself.
class KitchenView : public QWidget
{
    Q_OBJECT
public:
    KitchenView(TicketCardsModel* open, TicketCardsModel* bumped, QWidget* parent = nullptr);

    void setStaffName(const QString& name);
    // The stations to filter by, besides "All stations"; keeps the chosen one where it still is.
    void setStations(const QStringList& stations);
    QString station() const;
    // A short status line (a failed bump, a read error); empty hides it.
    void setStatus(const QString& text);
    // Failed prints: the sentence, and whether "Retry printing" is offered.
    void setPrintProblem(const QString& text);
    void setBumpedCount(int count);

    QListView* cards() const { return m_cards; }
    QListView* bumpedList() const { return m_bumpedList; }
    QPushButton* bumpedButton() const { return m_showBumped; }
    QPushButton* recallButton() const { return m_recall; }
    QPushButton* reprintButton() const { return m_reprint; }
    QPushButton* retryPrintButton() const { return m_retryPrint; }
    QComboBox* stationFilter() const { return m_station; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* printProblemLabel() const { return m_printProblem; }

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void bumpRequested(qint64 ticketId);
    void recallRequested(qint64 ticketId);
    void reprintRequested(qint64 ticketId);
    void stationChosen(const QString& station);
    void soldOutRequested();
    void printersRequested();
    void retryPrintRequested();
    void logoutRequested();

private:
    void retranslate();
    qint64 selectedBumped() const;
    void updateBumpedButtons();
    void selectBumped(qint64 ticketId);

    TicketCardsModel* m_open;
    TicketCardsModel* m_bumped;
    QString m_staffName;
    int m_bumpedCount = 0;
    qint64 m_keptBumped = 0; // the bumped ticket selected before its list was reset
    QLabel* m_title = nullptr;
    QLabel* m_stationLabel = nullptr;
    QComboBox* m_station = nullptr;
    QPushButton* m_soldOut = nullptr;
    QPushButton* m_printers = nullptr;
    QPushButton* m_showBumped = nullptr;
    QPushButton* m_logout = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_printProblem = nullptr;
    QPushButton* m_retryPrint = nullptr;
    QLabel* m_empty = nullptr;
    QListView* m_cards = nullptr;
    QWidget* m_bumpedPanel = nullptr;
    QLabel* m_bumpedTitle = nullptr;
    QListView* m_bumpedList = nullptr;
    QPushButton* m_recall = nullptr;
    QPushButton* m_reprint = nullptr;
};
