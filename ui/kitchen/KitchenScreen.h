#pragma once

#include "model/ApiError.h"
#include "model/Clock.h"
#include "model/MenuItem.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class KitchenFeed;
class KitchenView;
class PrintedTickets;
class PrintQueue;
class QWidget;
class SoldOutDialog;
class SoldOutModel;
class TicketCardsModel;

// The kitchen's page as a whole: the feed's tickets into the card models, taps into bumps and
// recalls, new tickets into the print queue, and the sold-out and printer settings dialogs.
class KitchenScreen : public QObject
{
    Q_OBJECT
public:
    static constexpr int ageRefreshMs = 30'000;

    // The feed and the printed tickets outlive the screen; the view is a child of `parent`.
    KitchenScreen(KitchenFeed& feed, PrintedTickets& printed, Clock& clock, QWidget* parent);
    ~KitchenScreen() override;

    KitchenView* view() const { return m_view; }
    TicketCardsModel* openModel() const { return m_open; }
    TicketCardsModel* bumpedModel() const { return m_bumped; }
    SoldOutModel* soldOutModel() const { return m_soldOut; }
    PrintQueue* printQueue() const { return m_printQueue; }

    // Signed in: reads the tickets and follows them.
    void start(const QString& staffName);
    void stop();
    void setMenu(const QList<MenuItem>& items);
    void setStaffNames(const QHash<QString, QString>& names);
    // The printer for stations without their own (`--printer NAME`).
    void setFallbackPrinter(const QString& printerName);

    void openSoldOut();
    void openPrinters();

Q_SIGNALS:
    void logoutRequested();

private:
    void connectFeed();
    void connectView();
    void showTickets();
    void updateStations();
    void showPrintProblems();

    KitchenFeed& m_feed;
    TicketCardsModel* m_open;
    TicketCardsModel* m_bumped;
    SoldOutModel* m_soldOut;
    PrintQueue* m_printQueue;
    KitchenView* m_view;
    QTimer m_ages;
    QStringList m_menuStations;
    bool m_readFailed = false; // the status line says a read failed
    QPointer<SoldOutDialog> m_soldOutDialog;
};
