#include "LoginView.h"

#include "PinKeypad.h"
#include "StaffTilesModel.h"
#include "TouchStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int tileWidth = 176;
constexpr int tileHeight = 64;
constexpr int tileRowsShown = 3;
} // namespace

LoginView::LoginView(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"heading"_s);
    m_subtitle = new QLabel(this);

    m_tilesLabel = new QLabel(this);
    m_staffTiles = new StaffTilesModel(this);
    m_tiles = new QListView(this);
    m_tiles->setObjectName(u"staffTiles"_s);
    m_tiles->setModel(m_staffTiles);
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setWrapping(true);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setGridSize({tileWidth, tileHeight});
    m_tiles->setSpacing(0);
    m_tiles->setWordWrap(true);
    m_tiles->setTextElideMode(Qt::ElideNone);
    m_tiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tiles->setFocusPolicy(Qt::NoFocus);
    m_tiles->setStyleSheet(
        u"QListView { background: transparent; border: none; }"
        "QListView::item { border: 2px solid #8a96a8; border-radius: 8px; background: white;"
        " margin: 4px; min-height: 52px; min-width: 156px; max-width: 156px; font-size: 16pt; }"
        "QListView::item:selected { border: 3px solid #1d4e89; background: #dbe7f6;"
        " color: #111827; }"_s);
    TouchStyle::enableKineticScrolling(m_tiles);
    connect(m_tiles, &QListView::clicked, this, &LoginView::chooseStaff);
    m_tiles->viewport()->installEventFilter(this);
    m_tiles->hide();
    m_tilesLabel->hide();

    m_autoSignIn = new QTimer(this);
    m_autoSignIn->setSingleShot(true);
    connect(m_autoSignIn, &QTimer::timeout, this, &LoginView::submit);

    m_staffLabel = new QLabel(this);
    m_staffId = new QLineEdit(this);
    m_staffId->setObjectName(u"staffId"_s);
    m_staffId->setMinimumHeight(56);
    m_staffId->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_staffLabel->setBuddy(m_staffId);
    // Enter in the id moves on to the PIN, so digits typed next never land in the id.
    connect(m_staffId, &QLineEdit::returnPressed, this, [this] {
        if (m_pin.isEmpty())
            m_pinDisplay->setFocus();
        else
            submit();
    });
    connect(m_staffId, &QLineEdit::textEdited, this, [this] {
        m_tiles->clearSelection();
        m_autoSignIn->stop();
    });

    m_pinLabel = new QLabel(this);
    m_pinDisplay = new QLabel(this);
    m_pinDisplay->setObjectName(u"pinDisplay"_s);
    m_pinDisplay->setMinimumHeight(56);
    m_pinDisplay->setFocusPolicy(Qt::StrongFocus);
    m_pinDisplay->setStyleSheet(u"QLabel { font-size: 26pt; letter-spacing: 6px; border: 2px solid "
                                "#8a96a8; border-radius: 6px; padding: 0 10px; background: white; }"
                                "QLabel:focus { border-color: #1d4e89; }"_s);

    m_error = new QLabel(this);
    m_error->setObjectName(u"resultError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(u"primary"_s);
    m_signIn->setMinimumHeight(64);
    connect(m_signIn, &QPushButton::clicked, this, &LoginView::submit);

    m_server = new QLabel(this);
    m_server->setWordWrap(true);
    m_changeServer = new QPushButton(this);
    m_changeServer->setObjectName(u"changeServer"_s);
    m_changeServer->setMinimumHeight(TouchStyle::minTarget);
    connect(m_changeServer, &QPushButton::clicked, this, &LoginView::changeServerRequested);

    auto* form = new QVBoxLayout;
    form->addWidget(m_title);
    form->addWidget(m_subtitle);
    form->addSpacing(16);
    form->addWidget(m_tilesLabel);
    form->addWidget(m_tiles);
    form->addWidget(m_staffLabel);
    form->addWidget(m_staffId);
    form->addWidget(m_pinLabel);
    form->addWidget(m_pinDisplay);
    form->addWidget(m_error);
    form->addSpacing(8);
    form->addWidget(m_signIn);
    form->addStretch();
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_changeServer);
    form->addLayout(serverRow);

    m_keypad = new PinKeypad(this);
    auto* keypad = m_keypad;
    connect(keypad, &PinKeypad::digitPressed, this, &LoginView::appendDigit);
    connect(keypad, &PinKeypad::clearPressed, this, [this] {
        m_pin.clear();
        m_autoSignIn->stop();
        updatePinDisplay();
    });
    connect(keypad, &PinKeypad::backPressed, this, [this] {
        m_pin.chop(1);
        m_autoSignIn->stop();
        updatePinDisplay();
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    // The form takes most of the room the keypad leaves: the server row needs it in Russian.
    layout->addLayout(form, 6);
    layout->addSpacing(48);
    auto* keypadColumn = new QVBoxLayout;
    keypadColumn->addStretch();
    keypadColumn->addWidget(keypad);
    keypadColumn->addStretch();
    layout->addLayout(keypadColumn);
    layout->addStretch(1);

    updatePinDisplay();
    retranslate();
}

void LoginView::setServerUrl(const QUrl& url)
{
    m_serverUrl = url;
    m_server->setText(tr("Server: %1").arg(url.isEmpty() ? tr("not set") : url.toDisplayString()));
}

void LoginView::setStaff(const QList<Staff>& staff, const QStringList& recent)
{
    const QString chosen = staffId();
    m_staffTiles->setStaff(staff, recent);
    const bool any = m_staffTiles->rowCount() > 0;
    m_tiles->setVisible(any);
    m_tilesLabel->setVisible(any);
    for (int row = 0; row < m_staffTiles->rowCount(); ++row) {
        if (m_staffTiles->staffId(row) == chosen)
            m_tiles->setCurrentIndex(m_staffTiles->index(row));
    }
    fitTiles();
    retranslate();
}

void LoginView::fitTiles()
{
    // As many rows as the staff need, up to three; more scroll.
    // The list keeps a little room at the right edge before it wraps: count it out.
    const int perRow = std::max(1, (m_tiles->viewport()->width() - tileWidth / 4) / tileWidth);
    const int rows = std::clamp((m_staffTiles->rowCount() + perRow - 1) / perRow, 1, tileRowsShown);
    m_tiles->setFixedHeight(rows * tileHeight + 2 * m_tiles->frameWidth() + 4);
}

void LoginView::chooseStaff(const QModelIndex& tile)
{
    m_staffId->setText(m_staffTiles->staffId(tile.row()));
    setError({});
    m_pinDisplay->setFocus();
    armAutoSignIn();
}

void LoginView::keyPressEvent(QKeyEvent* event)
{
    if (m_keypad->typeKey(*event)) {
        // typed as on the keypad
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool LoginView::eventFilter(QObject* watched, QEvent* event)
{
    // The tile grid's width is known only once laid out.
    if (event->type() == QEvent::Resize && watched == m_tiles->viewport())
        fitTiles();
    return QWidget::eventFilter(watched, event);
}

void LoginView::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginView::retranslate()
{
    m_title->setText(tr("TableSync"));
    m_subtitle->setText(tr("Sign in to take orders"));
    m_tilesLabel->setText(tr("Tap your name"));
    m_staffLabel->setText(m_staffTiles->rowCount() > 0 ? tr("Or type your staff id")
                                                       : tr("Staff id"));
    m_staffId->setPlaceholderText(tr("e.g. ayse"));
    m_pinLabel->setText(tr("PIN"));
    m_changeServer->setText(tr("Change server…"));
    setServerUrl(m_serverUrl);
    setBusy(m_busy);
}

void LoginView::setPinLength(int digits)
{
    m_pinLength = digits >= PinKeypad::shortestPin && digits <= PinKeypad::longestPin ? digits : 0;
    armAutoSignIn();
}

void LoginView::armAutoSignIn()
{
    m_autoSignIn->stop();
    // Only a PIN known to be whole: a prefix of a longer one would be a failed attempt.
    if (m_pinLength > 0 && m_pin.size() == m_pinLength && !staffId().isEmpty() &&
        m_autoSignInMs > 0)
        m_autoSignIn->start(m_autoSignInMs);
}

void LoginView::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginView::clearPin()
{
    m_autoSignIn->stop();
    m_pin.clear();
    updatePinDisplay();
    setError({});
    if (!m_staffId->text().isEmpty())
        m_pinDisplay->setFocus();
}

QString LoginView::staffId() const
{
    return m_staffId->text().trimmed();
}

void LoginView::appendDigit(QChar digit)
{
    m_pin = PinKeypad::appended(m_pin, digit);
    updatePinDisplay();
    setError({});
    armAutoSignIn();
}

void LoginView::updatePinDisplay()
{
    m_pinDisplay->setText(m_pin.isEmpty() ? QString() : QString(m_pin.size(), u'●'));
}

void LoginView::submit()
{
    m_autoSignIn->stop();
    if (m_busy)
        return;
    if (staffId().isEmpty()) {
        setError(m_staffTiles->rowCount() > 0 ? tr("Tap your name or type your staff id first.")
                                              : tr("Type your staff id first."));
        return;
    }
    if (m_pin.isEmpty()) {
        setError(tr("Type your PIN on the keypad."));
        m_pinDisplay->setFocus();
        return;
    }
    setError({});
    Q_EMIT loginRequested(staffId(), m_pin);
}
