#include "KitchenScreen.h"

#include "KitchenView.h"
#include "PrintQueue.h"
#include "SoldOutDialog.h"
#include "SoldOutModel.h"
#include "StationPrintersDialog.h"
#include "TicketCardsModel.h"
#include "WaiterMessages.h"

#include "client/KitchenFeed.h"
#include "client/TabletSettings.h"

#include <QPrinterInfo>
#include <QSet>

#include <utility>

KitchenScreen::KitchenScreen(KitchenFeed& feed, PrintedTickets& printed, Clock& clock,
                             QWidget* parent)
    : QObject(parent)
    , m_feed(feed)
    , m_open(new TicketCardsModel(TicketCardsModel::Part::Open, clock, this))
    , m_bumped(new TicketCardsModel(TicketCardsModel::Part::Bumped, clock, this))
    , m_soldOut(new SoldOutModel(this))
    , m_printQueue(new PrintQueue(printed, this))
    , m_view(new KitchenView(m_open, m_bumped, parent))
{
    m_printQueue->setStationPrinters(TabletSettings().stationPrinters());
    m_ages.setInterval(ageRefreshMs);
    connect(&m_ages, &QTimer::timeout, m_open, &TicketCardsModel::refreshAges);
    connectFeed();
    connectView();
}

KitchenScreen::~KitchenScreen() = default;

void KitchenScreen::connectFeed()
{
    connect(&m_feed, &KitchenFeed::ticketsChanged, this, &KitchenScreen::showTickets);
    connect(&m_feed, &KitchenFeed::ticketsArrived, m_printQueue, &PrintQueue::enqueue);
    connect(&m_feed, &KitchenFeed::readFailed, this, [this](const ApiError& error) {
        m_readFailed = true;
        m_view->setStatus(tr("Could not read the tickets: %1").arg(WaiterMessages::reason(error)));
    });
    connect(&m_feed, &KitchenFeed::caughtUp, this, [this] {
        if (std::exchange(m_readFailed, false))
            m_view->setStatus({});
    });
    connect(&m_feed, &KitchenFeed::bumpFailed, this,
            [this](qint64 ticketId, const ApiError& error) {
                m_view->setStatus(tr("Ticket %1 was not bumped: %2")
                                      .arg(ticketId)
                                      .arg(WaiterMessages::reason(error)));
            });
    connect(&m_feed, &KitchenFeed::availabilityChanged, m_soldOut, &SoldOutModel::setAvailable);
    connect(&m_feed, &KitchenFeed::availabilityFailed, this,
            [this](const QString& menuItemId, const ApiError& error) {
                m_soldOut->dropPending(menuItemId);
                m_view->setStatus(
                    tr("Sold out was not saved: %1").arg(WaiterMessages::reason(error)));
            });
    connect(m_soldOut, &SoldOutModel::availabilityRequested, &m_feed,
            &KitchenFeed::setAvailability);
    // The queue owns its failures; the bar only shows them.
    connect(m_printQueue, &PrintQueue::queueChanged, this, &KitchenScreen::showPrintProblems);
}

void KitchenScreen::connectView()
{
    connect(m_view, &KitchenView::bumpRequested, this, [this](qint64 ticketId) {
        m_view->setStatus({});
        m_feed.bump(ticketId);
    });
    connect(m_view, &KitchenView::recallRequested, &m_feed, &KitchenFeed::recall);
    connect(m_view, &KitchenView::reprintRequested, this, [this](qint64 ticketId) {
        if (const auto ticket = m_bumped->ticket(ticketId))
            m_printQueue->reprint(*ticket);
    });
    connect(m_view, &KitchenView::stationChosen, this, [this](const QString& station) {
        m_open->setStation(station);
        m_bumped->setStation(station);
        m_soldOut->setStation(station);
    });
    connect(m_view, &KitchenView::soldOutRequested, this, &KitchenScreen::openSoldOut);
    connect(m_view, &KitchenView::printersRequested, this, &KitchenScreen::openPrinters);
    connect(m_view, &KitchenView::retryPrintRequested, m_printQueue, &PrintQueue::retryAll);
    connect(m_view, &KitchenView::logoutRequested, this, &KitchenScreen::logoutRequested);
}

void KitchenScreen::start(const QString& staffName)
{
    m_view->setStaffName(staffName);
    m_view->setStatus({});
    m_ages.start();
    m_feed.start();
    showTickets();
}

void KitchenScreen::stop()
{
    m_ages.stop();
    if (m_soldOutDialog)
        m_soldOutDialog->close();
}

void KitchenScreen::setMenu(const QList<MenuItem>& items)
{
    m_soldOut->setItems(items);
    QStringList stations;
    for (const MenuItem& item : items) {
        if (!item.station.isEmpty() && !stations.contains(item.station))
            stations.append(item.station);
    }
    m_menuStations = stations;
    updateStations();
}

void KitchenScreen::setStaffNames(const QHash<QString, QString>& names)
{
    m_open->setStaffNames(names);
    m_bumped->setStaffNames(names);
    m_printQueue->setStaffNames(names);
}

void KitchenScreen::setFallbackPrinter(const QString& printerName)
{
    m_printQueue->setFallbackPrinter(printerName);
}

void KitchenScreen::showTickets()
{
    m_open->setTickets(m_feed.openTickets());
    m_bumped->setTickets(m_feed.bumpedTickets());
    m_view->setBumpedCount(int(m_feed.bumpedTickets().size()));
    updateStations();
}

void KitchenScreen::updateStations()
{
    QStringList stations = m_menuStations;
    for (const QList<Ticket>* tickets : {&m_feed.openTickets(), &m_feed.bumpedTickets()}) {
        for (const Ticket& ticket : *tickets) {
            if (!ticket.station.isEmpty() && !stations.contains(ticket.station))
                stations.append(ticket.station);
        }
    }
    m_view->setStations(stations);
}

void KitchenScreen::showPrintProblems()
{
    const QList<PrintQueue::Failure> failures = m_printQueue->failed();
    if (failures.isEmpty()) {
        m_view->setPrintProblem({});
        return;
    }
    m_view->setPrintProblem(tr("%n tickets not printed. %1", nullptr, int(failures.size()))
                                .arg(failures.constLast().reason));
}

void KitchenScreen::openSoldOut()
{
    if (!m_soldOutDialog) {
        m_soldOutDialog = new SoldOutDialog(m_soldOut, m_view);
        m_soldOutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_soldOutDialog->show();
    m_soldOutDialog->raise();
}

void KitchenScreen::openPrinters()
{
    QStringList stations = m_menuStations;
    const QHash<QString, QString> chosen = m_printQueue->stationPrinters();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (!stations.contains(it.key()))
            stations.append(it.key());
    }
    auto* dialog = new StationPrintersDialog(stations, QPrinterInfo::availablePrinterNames(),
                                             chosen, TabletSettings().billPrinter(), m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QHash<QString, QString> printers = dialog->printers();
        TabletSettings().setStationPrinters(printers);
        TabletSettings().setBillPrinter(dialog->billPrinter());
        m_printQueue->setStationPrinters(printers);
    });
    dialog->open();
}
