#include "OrderView.h"

#include "CourseChips.h"
#include "LineEditor.h"
#include "MenuModel.h"
#include "MenuPicker.h"
#include "OrderLinesModel.h"
#include "OrderLinesTable.h"
#include "SendResultLine.h"
#include "TouchStyle.h"
#include "VoidedLinesTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int progressDelayMs = 300;
} // namespace

OrderView::OrderView(OrderLinesModel* authoritative, OrderLinesModel* pending, MenuModel* menu,
                     QWidget* parent)
    : QWidget(parent)
    , m_authoritative(authoritative)
    , m_pending(pending)
    , m_menu(menu)
    , m_busyDelay(new QTimer(this))
{
    m_back = new QPushButton(this);
    m_back->setObjectName(u"back"_s);
    connect(m_back, &QPushButton::clicked, this, &OrderView::backRequested);
    m_title = new QLabel(this);
    m_title->setObjectName(u"heading"_s);
    m_version = new QLabel(this);

    m_authoritativeTitle = new QLabel(this);
    m_authoritativeTitle->setObjectName(u"sectionTitle"_s);
    m_authoritativeTable = new OrderLinesTable(m_authoritative, this);
    m_authoritativeTable->setObjectName(u"authoritativeLines"_s);
    m_authoritativeTable->hideColumn(OrderLinesModel::ChangeColumn);
    connect(m_authoritativeTable, &OrderLinesTable::lineTapped, this, &OrderView::selectLine);

    m_pendingTitle = new QLabel(this);
    m_pendingTitle->setObjectName(u"sectionTitle"_s);
    m_pendingTable = new OrderLinesTable(m_pending, this);
    m_pendingTable->setObjectName(u"pendingLines"_s);
    m_pendingTable->hideColumn(OrderLinesModel::AddedByColumn);
    connect(m_pendingTable, &OrderLinesTable::lineTapped, this, &OrderView::selectLine);
    m_pendingEmpty = new QLabel(this);
    m_pendingEmpty->setAlignment(Qt::AlignCenter);
    m_pendingEmpty->setStyleSheet(u"color: #4b5563; padding: 12px;"_s);

    m_editor = new LineEditor(this);
    m_editor->hide();
    connect(m_editor, &LineEditor::qtyChangeRequested, this, &OrderView::qtyChangeRequested);
    connect(m_editor, &LineEditor::seatChangeRequested, this, &OrderView::seatChangeRequested);
    connect(m_editor, &LineEditor::noteChangeRequested, this, &OrderView::noteChangeRequested);
    connect(m_editor, &LineEditor::removeRequested, this, &OrderView::removeRequested);
    connect(m_editor, &LineEditor::voidRequested, this, &OrderView::voidRequested);
    m_voidedTable = new VoidedLinesTable(this);
    m_bill = new QPushButton(this);
    m_bill->setObjectName(u"openBill"_s);
    m_bill->setMinimumHeight(TouchStyle::minTarget);
    connect(m_bill, &QPushButton::clicked, this, &OrderView::billRequested);

    m_currentSeatLess = new QPushButton(u"−"_s, this);
    m_currentSeatLess->setObjectName(u"currentSeatLess"_s);
    m_currentSeatMore = new QPushButton(u"+"_s, this);
    m_currentSeatMore->setObjectName(u"currentSeatMore"_s);
    auto* seatLess = m_currentSeatLess;
    auto* seatMore = m_currentSeatMore;
    for (QPushButton* button : {seatLess, seatMore}) {
        button->setFixedSize(56, 56);
        button->setStyleSheet(u"font-size: 22pt; font-weight: bold;"_s);
    }
    m_seatLabel = new QLabel(this);
    m_seatLabel->setObjectName(u"currentSeat"_s);
    m_seatLabel->setAlignment(Qt::AlignCenter);
    m_seatLabel->setMinimumWidth(150);
    m_seatLabel->setStyleSheet(u"font-size: 18pt; font-weight: bold;"_s);
    connect(seatLess, &QPushButton::clicked, this, [this] { setCurrentSeat(m_seat - 1); });
    connect(seatMore, &QPushButton::clicked, this, [this] { setCurrentSeat(m_seat + 1); });

    m_courses = new CourseChips(this);

    m_menuPicker = new MenuPicker(m_menu, this);
    connect(m_menuPicker, &MenuPicker::itemPicked, this, [this](const QString& menuItemId) {
        Q_EMIT addRequested(menuItemId, m_seat, m_courses->course());
    });

    m_othersChanged = new QLabel(this);
    m_othersChanged->setObjectName(u"othersChanged"_s);
    m_othersChanged->setWordWrap(true);
    m_othersChanged->setStyleSheet(
        u"color: #3b2f00; background: #fdf0c8; border: 2px solid "
        "#b7791f; border-radius: 6px; padding: 8px; font-weight: bold;"_s);
    m_othersChanged->hide();
    m_result = new SendResultLine(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(160);
    m_progress->hide();
    m_discard = new QPushButton(this);
    m_discard->setObjectName(u"discard"_s);
    connect(m_discard, &QPushButton::clicked, this, &OrderView::discardRequested);
    m_send = new QPushButton(this);
    m_send->setObjectName(u"primary"_s);
    m_send->setMinimumSize(220, 64);
    connect(m_send, &QPushButton::clicked, this, &OrderView::sendRequested);
    m_fire = new QPushButton(this);
    m_fire->setObjectName(u"fireCourse"_s);
    m_fire->setMinimumHeight(64);
    m_fire->setStyleSheet(u"QPushButton { background: #b45309; color: white; font-weight: bold; "
                          "border-color: #7c2d12; }"
                          "QPushButton:disabled { background: #e7c9a9; color: #fff7ed; }"_s);
    m_fire->hide();
    connect(m_fire, &QPushButton::clicked, this, [this] {
        if (m_waitingCourse)
            Q_EMIT fireCourseRequested(*m_waitingCourse);
    });

    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(progressDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_progress->show();
        m_send->setText(tr("Sending…"));
    });

    const auto refreshAfterModelChange = [this] {
        updateSendState();
        updateEditor();
    };
    for (OrderLinesModel* model : {m_authoritative, m_pending}) {
        connect(model, &QAbstractItemModel::modelReset, this, refreshAfterModelChange);
        connect(model, &QAbstractItemModel::dataChanged, this, refreshAfterModelChange);
    }

    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addSpacing(16);
    header->addWidget(m_title);
    header->addWidget(m_version);
    header->addStretch();
    header->addWidget(m_bill);

    auto* lines = new QVBoxLayout;
    lines->addWidget(m_authoritativeTitle);
    lines->addWidget(m_authoritativeTable, 3);
    lines->addWidget(m_voidedTable);
    lines->addWidget(m_pendingTitle);
    lines->addWidget(m_pendingTable, 2);
    lines->addWidget(m_pendingEmpty);
    lines->addWidget(m_editor);

    auto* seatRow = new QHBoxLayout;
    m_addFor = new QLabel(this);
    seatRow->addWidget(m_addFor);
    seatRow->addWidget(seatLess);
    seatRow->addWidget(m_seatLabel);
    seatRow->addWidget(seatMore);
    seatRow->addStretch();
    auto* menuColumn = new QVBoxLayout;
    menuColumn->addLayout(seatRow);
    menuColumn->addWidget(m_courses);
    menuColumn->addWidget(m_menuPicker, 1);

    auto* body = new QHBoxLayout;
    // The lines get the most room: their item column must stay readable in every language.
    body->addLayout(lines, 2);
    body->addSpacing(12);
    body->addLayout(menuColumn, 1);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_result, 1);
    footer->addWidget(m_progress);
    footer->addWidget(m_discard);
    footer->addWidget(m_fire);
    footer->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_othersChanged);
    layout->addLayout(body, 1);
    layout->addLayout(footer);

    setCurrentSeat(1);
    setCurrentCourse(1);
    updateSendState();
    updateEditor();
    retranslate();
}

void OrderView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderView::retranslate()
{
    m_back->setText(tr("‹ Tables"));
    m_authoritativeTitle->setText(tr("On the order (confirmed)"));
    m_pendingEmpty->setText(tr("Nothing waiting. Tap a menu item to add it."));
    m_currentSeatLess->setAccessibleName(tr("Previous seat"));
    m_currentSeatMore->setAccessibleName(tr("Next seat"));
    m_addFor->setText(tr("Add for"));
    updateFireButton();
    m_discard->setText(tr("Discard changes"));
    m_bill->setText(tr("Bill"));
    m_othersChanged->setText(
        tr("⚠ Someone else changed this order — your send will show what changed."));
    m_send->setText(!m_progress->isHidden() ? tr("Sending…") : tr("Send"));
    setVersion(m_shownVersion);
    setCurrentSeat(m_seat);
    updateSendState();
    // The column titles come from the models in the new language; sizes follow them.
    for (QTableView* table : {m_authoritativeTable, m_pendingTable})
        table->horizontalHeader()->headerDataChanged(Qt::Horizontal, 0,
                                                     table->model()->columnCount() - 1);
}

void OrderView::startTable(const QString& tableName, int seats)
{
    m_selectedLineId.clear();
    setCurrentCourse(1);
    setWaitingCourse(std::nullopt, 0);
    setOthersChanged(false);
    clearResult();
    setBusy(false);
    setTable(tableName, seats);
}

void OrderView::setTable(const QString& tableName, int seats)
{
    m_title->setText(tableName);
    m_seats = seats;
    setCurrentSeat(m_seat);
    updateEditor();
}

void OrderView::setVersion(qint64 version)
{
    m_shownVersion = version;
    m_version->setText(version > 0 ? tr("version %1").arg(version) : QString());
}

void OrderView::setDraft(const Lines& draft)
{
    m_draft = draft;
    updateEditor();
}

void OrderView::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_progress->hide();
        m_send->setText(tr("Send"));
    }
    updateSendState();
}

void OrderView::showSent(int lineCount)
{
    m_result->showSent(lineCount);
}

QTableView* OrderView::voidedTable() const
{
    return m_voidedTable;
}

void OrderView::setVoidedModel(QAbstractItemModel* voided)
{
    m_voidedTable->setVoidedModel(voided);
}

void OrderView::showFired(const QString& text)
{
    m_result->showFired(text);
}

void OrderView::setLineCount(int lineCount)
{
    m_result->setLineCount(lineCount);
}

void OrderView::showResult(Result kind, const QString& text)
{
    m_result->showResult(kind, text);
}

void OrderView::setOthersChanged(bool changed)
{
    m_othersChanged->setVisible(changed);
}

void OrderView::clearResult()
{
    m_result->clearResult();
}

void OrderView::setCurrentSeat(int seat)
{
    m_seat = std::clamp(seat, 0, std::max(m_seats, 1));
    m_seatLabel->setText(m_seat == 0 ? tr("shared") : tr("seat %1").arg(m_seat));
}

int OrderView::currentCourse() const
{
    return m_courses->course();
}

void OrderView::setCurrentCourse(int course)
{
    m_courses->setCourse(course);
}

void OrderView::setWaitingCourse(std::optional<int> course, int lines)
{
    m_waitingCourse = course;
    m_waitingLines = lines;
    updateFireButton();
}

void OrderView::updateFireButton()
{
    m_fire->setVisible(m_waitingCourse.has_value());
    m_fire->setEnabled(!m_busy);
    if (m_waitingCourse)
        m_fire->setText(
            tr("Fire course %1 (%n lines)", nullptr, m_waitingLines).arg(*m_waitingCourse));
}

void OrderView::selectLine(const QString& lineId)
{
    m_selectedLineId = lineId;
    updateEditor();
}

void OrderView::updateEditor()
{
    const auto names = m_menu->itemNames();
    for (const Line& line : std::as_const(m_draft)) {
        if (line.lineId == m_selectedLineId) {
            m_editor->setLine(line, names.value(line.menuItemId, line.menuItemId), m_seats);
            break;
        }
    }
    if (m_editor->lineId() != m_selectedLineId || m_selectedLineId.isEmpty()) {
        QString removedName;
        const int row = m_pending->rowOf(m_selectedLineId);
        if (row >= 0)
            removedName = m_pending->index(row, OrderLinesModel::ItemColumn).data().toString();
        const bool inDraft = std::any_of(m_draft.cbegin(), m_draft.cend(), [this](const Line& l) {
            return l.lineId == m_selectedLineId;
        });
        if (!inDraft)
            m_editor->setLine(std::nullopt, {}, m_seats, removedName);
    }
    // Shown once a line is tapped: until then the lines have its room (issue 16).
    m_editor->setVisible(!m_selectedLineId.isEmpty());
    // Keep the tapped line highlighted in whichever table shows it.
    for (QTableView* table : {m_authoritativeTable, m_pendingTable}) {
        const auto* model = static_cast<OrderLinesModel*>(table->model());
        const int row = model->rowOf(m_selectedLineId);
        if (row >= 0)
            table->selectRow(row);
        else
            table->clearSelection();
    }
}

void OrderView::updateSendState()
{
    const int pendingCount = m_pending->rowCount();
    m_pendingTitle->setText(tr("Not sent yet (%n changes)", nullptr, pendingCount));
    m_pendingTable->setVisible(pendingCount > 0);
    m_pendingEmpty->setVisible(pendingCount == 0);
    m_send->setEnabled(pendingCount > 0 && !m_busy);
    m_discard->setEnabled(pendingCount > 0 && !m_busy);
    updateFireButton();
}
