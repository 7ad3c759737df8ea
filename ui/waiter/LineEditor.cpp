#include "LineEditor.h"

#include "model/RequestValidator.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

LineEditor::LineEditor(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"sectionTitle"_s);
    m_title->setWordWrap(true);

    auto* qtyLess = makeStepButton(u"−"_s, u"qtyLess"_s);
    auto* qtyMore = makeStepButton(u"+"_s, u"qtyMore"_s);
    auto* seatLess = makeStepButton(u"−"_s, u"seatLess"_s);
    auto* seatMore = makeStepButton(u"+"_s, u"seatMore"_s);
    m_qty = new QLabel(this);
    m_qty->setObjectName(u"editorQty"_s);
    m_seat = new QLabel(this);
    m_seat->setObjectName(u"editorSeat"_s);
    for (QLabel* value : {m_qty, m_seat}) {
        value->setAlignment(Qt::AlignCenter);
        value->setMinimumWidth(90);
        value->setStyleSheet(u"font-size: 18pt; font-weight: bold;"_s);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"editorNote"_s);
    m_note->setMaxLength(RequestValidator::maxNoteLength);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeLine"_s);
    auto* remove = m_remove;
    remove->setStyleSheet(u"QPushButton:enabled { color: #9b1c1c; border-color: #b91c1c; }"_s);

    connect(qtyLess, &QPushButton::clicked, this, [this] {
        if (m_line && m_line->qty > 1)
            Q_EMIT qtyChangeRequested(m_line->lineId, m_line->qty - 1);
    });
    connect(qtyMore, &QPushButton::clicked, this, [this] {
        if (m_line && m_line->qty < RequestValidator::maxQty)
            Q_EMIT qtyChangeRequested(m_line->lineId, m_line->qty + 1);
    });
    connect(seatLess, &QPushButton::clicked, this, [this] {
        if (m_line && m_line->seat > 0)
            Q_EMIT seatChangeRequested(m_line->lineId, m_line->seat - 1);
    });
    connect(seatMore, &QPushButton::clicked, this, [this] {
        if (m_line && m_line->seat < m_seats)
            Q_EMIT seatChangeRequested(m_line->lineId, m_line->seat + 1);
    });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (m_line && m_note->text() != m_line->note)
            Q_EMIT noteChangeRequested(m_line->lineId, m_note->text());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_line)
            Q_EMIT removeRequested(m_line->lineId);
    });

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 0, 0, 1, 9);
    m_qtyLabel = new QLabel(this);
    layout->addWidget(m_qtyLabel, 1, 0);
    layout->addWidget(qtyLess, 1, 1);
    layout->addWidget(m_qty, 1, 2);
    layout->addWidget(qtyMore, 1, 3);
    m_seatLabel = new QLabel(this);
    layout->addWidget(m_seatLabel, 1, 4);
    layout->addWidget(seatLess, 1, 5);
    layout->addWidget(m_seat, 1, 6);
    layout->addWidget(seatMore, 1, 7);
    layout->addWidget(m_note, 2, 0, 1, 6);
    layout->addWidget(remove, 2, 6, 1, 2);
    layout->setColumnStretch(8, 1);
    m_controls = {qtyLess, qtyMore, seatLess, seatMore, m_note, remove};

    retranslate();
}

void LineEditor::setLine(const std::optional<Line>& line, const QString& itemName, int seats,
                         const QString& removedName)
{
    m_line = line;
    m_itemName = itemName;
    m_removedName = removedName;
    m_seats = seats;
    for (QWidget* control : m_controls)
        control->setEnabled(line.has_value());
    if (!line) {
        m_title->setText(removedName.isEmpty()
                             ? tr("Tap a line to change it")
                             : tr("%1 is removed in your draft").arg(removedName));
        m_qty->setText(u"–"_s);
        m_seat->setText(u"–"_s);
        m_note->clear();
        return;
    }
    if (line->fired()) {
        // The kitchen is cooking it: every control stays off, and the title says why.
        for (QWidget* control : m_controls)
            control->setEnabled(false);
        // The reason may wrap: room for two lines, so it is never cut off.
        m_title->setMinimumHeight(2 * m_title->fontMetrics().lineSpacing() + 4);
        m_title->setText(
            tr("%1: in the kitchen since %2 — it cannot change; void it instead.")
                .arg(itemName,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(line->firedAt).time(),
                                        QLocale::ShortFormat)));
    } else {
        m_title->setMinimumHeight(0);
        m_title->setText(tr("Selected: %1").arg(itemName));
    }
    m_qty->setText(QString::number(line->qty));
    m_seat->setText(line->seat == 0 ? tr("Shared") : QString::number(line->seat));
    if (!m_note->hasFocus())
        m_note->setText(line->note);
}

void LineEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LineEditor::retranslate()
{
    findChild<QPushButton*>(u"qtyLess"_s)->setAccessibleName(tr("One less"));
    findChild<QPushButton*>(u"qtyMore"_s)->setAccessibleName(tr("One more"));
    findChild<QPushButton*>(u"seatLess"_s)->setAccessibleName(tr("Previous seat"));
    findChild<QPushButton*>(u"seatMore"_s)->setAccessibleName(tr("Next seat"));
    m_note->setPlaceholderText(tr("Note, e.g. no onions"));
    m_remove->setText(tr("Remove line"));
    m_qtyLabel->setText(tr("Qty"));
    m_seatLabel->setText(tr("Seat"));
    setLine(m_line, m_itemName, m_seats, m_removedName);
}

QPushButton* LineEditor::makeStepButton(const QString& text, const QString& name)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setFixedSize(56, 56);
    button->setStyleSheet(u"font-size: 22pt; font-weight: bold;"_s);
    return button;
}
