#include "VoidDialog.h"

#include "model/RequestValidator.h"
#include "TouchStyle.h"
#include "VoidReasons.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int reasonWidth = 240;  // px: a large target for a hurried tap
constexpr int reasonPadding = 48; // px: the style's padding and border around the word
} // namespace

VoidDialog::VoidDialog(const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_what(what)
{
    setObjectName(u"voidDialog"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"heading"_s);
    m_title->setWordWrap(true);

    m_reasons = new QButtonGroup(this);
    m_reasons->setExclusive(true);
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    const QStringList codes = RequestValidator::voidReasons();
    for (int i = 0; i < codes.size(); ++i) {
        auto* button = new QPushButton(this);
        button->setObjectName(u"reason_"_s + codes.at(i));
        button->setProperty("reason", codes.at(i));
        button->setCheckable(true);
        button->setMinimumSize(reasonWidth, 72);
        button->setStyleSheet(u"QPushButton { font-size: 15pt; }"
                              " QPushButton:checked { background: #1d4e89; color: white; }"_s);
        m_reasons->addButton(button, i);
        grid->addWidget(button, i / 2, i % 2);
    }
    m_noteLabel = new QLabel(this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"voidNote"_s);
    m_note->setMaxLength(RequestValidator::maxNoteLength);
    m_note->setMinimumHeight(TouchStyle::minTarget);

    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(u"primary"_s);
    m_confirm->setMinimumHeight(64);
    m_cancel = new QPushButton(this);
    m_cancel->setMinimumHeight(64);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reasons, &QButtonGroup::idClicked, this, &VoidDialog::updateConfirm);
    connect(m_note, &QLineEdit::textChanged, this, &VoidDialog::updateConfirm);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    retranslate();
    updateConfirm();
}

QString VoidDialog::reason() const
{
    const QAbstractButton* chosen = m_reasons->checkedButton();
    return chosen ? chosen->property("reason").toString() : QString();
}

QString VoidDialog::note() const
{
    return m_note->text().trimmed();
}

void VoidDialog::updateConfirm()
{
    // "Other" says what in the note; every other reason speaks for itself.
    const QString chosen = reason();
    m_confirm->setEnabled(!chosen.isEmpty() && (chosen != "other"_L1 || !note().isEmpty()));
}

void VoidDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void VoidDialog::retranslate()
{
    setWindowTitle(tr("Void a line"));
    m_title->setText(tr("Void %1? The kitchen has it. Why does it come off?").arg(m_what));
    for (QAbstractButton* button : m_reasons->buttons()) {
        button->setText(VoidReasons::text(button->property("reason").toString()));
        // Wide enough for the reason in any language ("Gast hat es sich anders überlegt").
        button->ensurePolished(); // the style sheet's font size
        button->setMinimumWidth(std::max(
            reasonWidth, button->fontMetrics().horizontalAdvance(button->text()) + reasonPadding));
    }
    m_noteLabel->setText(tr("Note (needed for “Other reason”)"));
    m_note->setPlaceholderText(tr("e.g. guest allergic to nuts"));
    m_confirm->setText(tr("Void line"));
    m_cancel->setText(tr("Keep it"));
}
