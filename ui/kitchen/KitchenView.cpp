#include "KitchenView.h"

#include "TicketCardDelegate.h"
#include "TicketCardsModel.h"
#include "TouchStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

KitchenView::KitchenView(TicketCardsModel* open, TicketCardsModel* bumped, QWidget* parent)
    : QWidget(parent)
    , m_open(open)
    , m_bumped(bumped)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSize(titleFont.pointSize() + 4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_stationLabel = new QLabel(this);
    m_station = new QComboBox(this);
    m_station->setMinimumHeight(TouchStyle::minTarget);
    m_stationLabel->setBuddy(m_station);
    m_soldOut = new QPushButton(this);
    m_printers = new QPushButton(this);
    m_showBumped = new QPushButton(this);
    m_showBumped->setCheckable(true);
    m_logout = new QPushButton(this);
    for (QPushButton* button : {m_soldOut, m_printers, m_showBumped, m_logout})
        button->setMinimumHeight(TouchStyle::minTarget);

    // Two rows: in one, German words pushed the header past a half screen (640 px); sign out
    // goes below too, as the title and station combo already fill a Turkish or Russian row.
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(12);
    bar->addWidget(m_stationLabel);
    bar->addWidget(m_station);
    bar->addStretch(1);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_soldOut);
    tools->addWidget(m_printers);
    tools->addWidget(m_showBumped);
    tools->addStretch(1);
    tools->addWidget(m_logout);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    m_printProblem = new QLabel(this);
    m_printProblem->setWordWrap(true);
    m_printProblem->setStyleSheet(QStringLiteral("color: #9b1c1c; font-weight: bold;"));
    m_retryPrint = new QPushButton(this);
    m_retryPrint->setMinimumHeight(TouchStyle::minTarget);
    auto* printRow = new QHBoxLayout;
    printRow->addWidget(m_printProblem, 1);
    printRow->addWidget(m_retryPrint);
    m_printProblem->hide();
    m_retryPrint->hide();

    m_cards = new QListView(this);
    m_cards->setModel(m_open);
    m_cards->setItemDelegate(new TicketCardDelegate(m_cards));
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setFlow(QListView::LeftToRight);
    m_cards->setWrapping(true);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setMovement(QListView::Static);
    m_cards->setSelectionMode(QAbstractItemView::NoSelection);
    m_cards->setSpacing(4);
    TouchStyle::enableKineticScrolling(m_cards);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);

    m_bumpedPanel = new QWidget(this);
    m_bumpedTitle = new QLabel(m_bumpedPanel);
    m_bumpedList = new QListView(m_bumpedPanel);
    m_bumpedList->setModel(m_bumped);
    m_bumpedList->setItemDelegate(new TicketCardDelegate(m_bumpedList));
    m_bumpedList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bumpedList->setFixedWidth(TicketCardDelegate::cardWidth + 40);
    TouchStyle::enableKineticScrolling(m_bumpedList);
    m_recall = new QPushButton(m_bumpedPanel);
    m_reprint = new QPushButton(m_bumpedPanel);
    for (QPushButton* button : {m_recall, m_reprint})
        button->setMinimumHeight(TouchStyle::minTarget);
    auto* bumpedButtons = new QHBoxLayout;
    bumpedButtons->addWidget(m_recall);
    bumpedButtons->addWidget(m_reprint);
    auto* bumpedLayout = new QVBoxLayout(m_bumpedPanel);
    bumpedLayout->setContentsMargins(0, 0, 0, 0);
    bumpedLayout->addWidget(m_bumpedTitle);
    bumpedLayout->addWidget(m_bumpedList, 1);
    bumpedLayout->addLayout(bumpedButtons);
    m_bumpedPanel->hide();

    auto* cardsColumn = new QVBoxLayout;
    cardsColumn->addWidget(m_empty);
    cardsColumn->addWidget(m_cards, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(cardsColumn, 1);
    body->addWidget(m_bumpedPanel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_status);
    layout->addLayout(printRow);
    layout->addLayout(body, 1);

    connect(m_cards, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_open->ticketIdAt(index.row()))
            Q_EMIT bumpRequested(id);
    });
    connect(m_station, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT stationChosen(station()); });
    connect(m_soldOut, &QPushButton::clicked, this, &KitchenView::soldOutRequested);
    connect(m_printers, &QPushButton::clicked, this, &KitchenView::printersRequested);
    connect(m_logout, &QPushButton::clicked, this, &KitchenView::logoutRequested);
    connect(m_retryPrint, &QPushButton::clicked, this, &KitchenView::retryPrintRequested);
    connect(m_showBumped, &QPushButton::toggled, m_bumpedPanel, &QWidget::setVisible);
    connect(m_recall, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedBumped())
            Q_EMIT recallRequested(id);
    });
    connect(m_reprint, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedBumped())
            Q_EMIT reprintRequested(id);
    });
    connect(m_bumpedList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KitchenView::updateBumpedButtons);
    // A reset (new tickets from the feed) must not drop the cook's choice mid-tap.
    connect(m_bumped, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptBumped = selectedBumped(); });
    connect(m_bumped, &QAbstractItemModel::modelReset, this,
            [this] { selectBumped(std::exchange(m_keptBumped, 0)); });
    connect(m_bumped, &QAbstractItemModel::modelReset, this, &KitchenView::updateBumpedButtons);
    const auto updateEmpty = [this] { m_empty->setVisible(m_open->rowCount() == 0); };
    connect(m_open, &QAbstractItemModel::modelReset, this, updateEmpty);
    connect(m_open, &QAbstractItemModel::rowsInserted, this, updateEmpty);
    connect(m_open, &QAbstractItemModel::rowsRemoved, this, updateEmpty);
    updateEmpty();
    updateBumpedButtons();
    setStations({});
    retranslate();
}

void KitchenView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The cards' words come from the models: have them painted again.
        m_open->refreshAges();
        m_bumped->refreshAges();
    }
    QWidget::changeEvent(event);
}

void KitchenView::retranslate()
{
    m_title->setText(m_staffName.isEmpty() ? tr("Kitchen") : tr("Kitchen — %1").arg(m_staffName));
    m_stationLabel->setText(tr("&Station:"));
    m_station->setItemText(0, tr("All stations"));
    m_soldOut->setText(tr("Sold out…"));
    m_printers->setText(tr("Printers…"));
    m_showBumped->setText(tr("Bumped (%n)", nullptr, m_bumpedCount));
    m_logout->setText(tr("Sign out"));
    m_retryPrint->setText(tr("Retry printing"));
    m_empty->setText(tr("No open tickets. New ones appear here by themselves."));
    m_bumpedTitle->setText(tr("Bumped tickets"));
    m_recall->setText(tr("Recall"));
    m_reprint->setText(tr("Reprint"));
}

void KitchenView::setStaffName(const QString& name)
{
    m_staffName = name;
    retranslate();
}

void KitchenView::setStations(const QStringList& stations)
{
    const QString chosen = station();
    const QSignalBlocker blocker(m_station);
    m_station->clear();
    m_station->addItem(tr("All stations"), QString());
    for (const QString& name : stations)
        m_station->addItem(name, name);
    const int index = m_station->findData(chosen);
    m_station->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !chosen.isEmpty())
        Q_EMIT stationChosen(QString());
}

QString KitchenView::station() const
{
    return m_station->currentData().toString();
}

void KitchenView::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void KitchenView::setPrintProblem(const QString& text)
{
    m_printProblem->setText(text);
    m_printProblem->setVisible(!text.isEmpty());
    m_retryPrint->setVisible(!text.isEmpty());
}

void KitchenView::setBumpedCount(int count)
{
    m_bumpedCount = count;
    m_showBumped->setText(tr("Bumped (%n)", nullptr, m_bumpedCount));
}

qint64 KitchenView::selectedBumped() const
{
    const QModelIndexList rows = m_bumpedList->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? 0 : m_bumped->ticketIdAt(rows.first().row());
}

void KitchenView::selectBumped(qint64 ticketId)
{
    if (const QModelIndex kept = m_bumped->indexOf(ticketId); kept.isValid())
        m_bumpedList->setCurrentIndex(kept);
}

void KitchenView::updateBumpedButtons()
{
    const bool chosen = selectedBumped() != 0;
    m_recall->setEnabled(chosen);
    m_reprint->setEnabled(chosen);
}
