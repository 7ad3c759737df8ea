#include "PostgresNotifier.h"

#include "HappensBefore.h"
#include "NotificationListener.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

PostgresNotifier::PostgresNotifier(PostgresUrl url, QString origin, int heartbeatMs,
                                   QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_origin(std::move(origin))
    , m_heartbeatMs(heartbeatMs)
{
    m_thread.setObjectName(u"tablesync-notify"_s);
}

PostgresNotifier::~PostgresNotifier()
{
    // Its connections to this object end here, in this thread, where their slots ran: the
    // listener's own thread then frees nothing this thread still reads.
    if (m_listener) {
        disconnect(m_listener, nullptr, this, nullptr);
        HappensBefore::release(m_listener); // the listener is deleted after quit(), over there
    }
    // The listener is deleted in its own thread as the thread finishes, closing its connection
    // there.
    m_thread.quit();
    m_thread.wait();
}

void PostgresNotifier::start(qint64 fromSeq)
{
    if (m_listener)
        return;
    m_listener = new NotificationListener(m_url, m_origin, m_heartbeatMs, fromSeq);
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_listener, &NotificationListener::start);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &NotificationListener::changed, this, &PostgresNotifier::orderChanged);
    connect(m_listener, &NotificationListener::ticketMade, this, &PostgresNotifier::ticketMade);
    connect(m_listener, &NotificationListener::menuChanged, this, &PostgresNotifier::menuChanged);
    connect(m_listener, &NotificationListener::subscribed, this, &PostgresNotifier::subscribed);
    connect(m_listener, &NotificationListener::connectionLost, this,
            &PostgresNotifier::connectionLost);
    m_thread.start();
}

QString PostgresNotifier::channel()
{
    return u"tablesync_orders"_s;
}

QString PostgresNotifier::payload(const QString& origin, QJsonObject message)
{
    message.insert(u"origin"_s, origin);
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}
