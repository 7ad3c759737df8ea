#pragma once

#include "ApiAnswer.h"
#include "CertificatePin.h"
#include "FireAnswer.h"
#include "model/ApiMessages.h"
#include "model/Result.h"
#include "PatchReply.h"
#include "RequestPacer.h"

#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <QSslError>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// The tablet's HTTP layer over api-v1.md. Every call is asynchronous, bounded by a timeout, and
// ends in exactly one callback with a Result. "Could not reach the server" (no HTTP answer at
// all) has its own error code, so callers can queue instead of giving up. Requests are paced
// below the per-login rate limit (polls as background work); a 429 is waited out as its
// Retry-After says and the request sent once more, the one retry the contract asks for. A 401
// to a request sent under a token no longer in use is ErrorCode::NotLoggedIn (that login is
// over), not Unauthorized (this one is).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    // No HTTP answer came (refused, reset, timed out, proxy down): ErrorCode::Unreachable.
    static bool isUnreachable(const ApiError& error)
    {
        return error.code == ErrorCode::Unreachable;
    }

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setServerUrl(const QUrl& url) { m_serverUrl = url; }
    QUrl serverUrl() const { return m_serverUrl; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    // Trust an https server whose certificate has this SHA-256 fingerprint, whatever CA signed
    // it (none, for a venue's self-signed one); any other certificate is refused. Empty: only
    // certificates the system trusts.
    void setPinnedCertificate(const QString& fingerprint);
    QString pinnedCertificate() const { return m_pin.fingerprint(); }
    const CertificatePin& pin() const { return m_pin; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    void health(Callback<Health> done);
    void login(const LoginRequest& request, Callback<LoginReply> done);
    void logout(Callback<bool> done);
    // GET /menu: the items in `language` (empty: the server's default) and the venue's currency.
    void venueMenu(const QString& language, Callback<MenuReply> done);
    void tables(Callback<QList<Table>> done);
    // GET /staff: every staff member's id, name and role (any role may read it).
    void staff(Callback<QList<Staff>> done);
    void order(qint64 orderId, Callback<Order> done);
    // GET /orders/{id} with If-None-Match on the version held: nullopt when the server answers
    // 304 (unchanged), so an unchanged order costs no body. A background read: paced behind
    // the waiter's own requests.
    void pollOrder(qint64 orderId, qint64 knownVersion, Callback<std::optional<Order>> done);
    // PATCH with expected_version in the body; a 409 is a reply (with `conflict`), not an error.
    void patchOrder(qint64 orderId, qint64 expectedVersion, const Lines& items,
                    Callback<PatchReply> done);
    // The same PATCH with the whole request: `voids` for the fired lines it takes off.
    void patchOrder(qint64 orderId, const PatchRequest& request, Callback<PatchReply> done);
    // POST /orders/{id}/close; a 409 comes back as an error with its code.
    void closeOrder(qint64 orderId, qint64 expectedVersion, Callback<CloseReply> done);
    // POST /approvals: a manager's id and PIN, sent with the signed-in waiter's token.
    void requestApproval(const LoginRequest& manager, Callback<ApprovalReply> done);
    // GET /orders/{id}/bill
    void bill(qint64 orderId, Callback<BillReply> done);
    // GET /orders/{id}/events: the order's whole log, oldest first.
    void orderEvents(qint64 orderId, Callback<QList<Event>> done);
    // GET /events?since=&limit= (managers only; a waiter gets the server's "forbidden").
    void events(qint64 since, int limit, Callback<EventsPage> done);
    // GET /events/latest (managers only): the newest seq, 0 for an empty log.
    void latestEventSeq(Callback<qint64> done);

    // POST /orders/{id}/fire: the new lines of `courses` (empty: every course) and, when
    // `lineIds` is not empty, only those lines. A 409 is a reply (with `conflict`).
    void fireOrder(qint64 orderId, qint64 expectedVersion, const QList<int>& courses,
                   const QStringList& lineIds, Callback<FireAnswer> done);
    // POST /fire (managers): one course on many tables, all or nothing.
    void fireBanquet(int course, const QStringList& tableIds, Callback<BanquetFireReply> done);
    // GET /kitchen/tickets (kitchen, managers): tickets with id > sinceId, oldest first; an
    // empty station means every station; openOnly leaves bumped tickets out.
    void kitchenTickets(qint64 sinceId, int limit, const QString& station, bool openOnly,
                        Callback<TicketsPage> done);
    // POST /kitchen/tickets/{id}/bump; bumping a bumped ticket answers the same ticket.
    void bumpTicket(qint64 ticketId, Callback<Ticket> done);
    // PUT /menu/{id}/availability (kitchen, managers).
    void setAvailability(const QString& menuItemId, bool available, Callback<MenuItem> done);

signals:
    // An https server without a pin showed a certificate the system does not trust: the
    // request failed with ErrorCode::CertificateUnconfirmed; a manager may confirm it.
    void certificateUnconfirmed(const QString& fingerprint);
    // The server answered 429: the request goes again after `waitMs`.
    void rateLimited(int waitMs);

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Priority = RequestPacer::Priority;
    // A request as built, so that a retry sends it again unchanged (under the same login).
    struct Outgoing
    {
        QByteArray verb;
        QNetworkRequest request;
        std::optional<QByteArray> body;
        Priority priority = Priority::Waiter;
        // The login it goes under: a 401 for a token since replaced ends no one's session.
        QString token;
    };
    void send(const QByteArray& verb, const QString& path,
              const QList<QPair<QString, QString>>& query, const std::optional<QByteArray>& body,
              std::function<void(Result<ApiAnswer>)> done, const Headers& headers = {},
              Priority priority = Priority::Waiter);
    void dispatch(const Outgoing& outgoing, std::function<void(Result<ApiAnswer>)> done,
                  bool retried);
    void finish(QNetworkReply* reply, const QString& sentToken,
                const std::function<void(Result<ApiAnswer>)>& done);
    // send(), then 200 -> decode the body, anything else -> the server's error.
    template <typename T>
    void fetch(const QByteArray& verb, const QString& path,
               const QList<QPair<QString, QString>>& query, const std::optional<QByteArray>& body,
               ApiAnswer::Decoder<T> decode, Callback<T> done);
    // send() for a guarded write: 200 decodes the written value, a 409 the conflict; both reply.
    template <typename Reply, typename Value>
    void guarded(const QByteArray& verb, const QString& path, const QByteArray& body,
                 ApiAnswer::Decoder<Value> decode, Callback<Reply> done);
    // Both for sslErrors (errors given) and for encrypted (none: some CA vouched for the peer).
    void checkCertificate(QNetworkReply* reply, const QList<QSslError>& errors);

    QNetworkAccessManager* m_network;
    QUrl m_serverUrl;
    QString m_token;
    CertificatePin m_pin;
    int m_timeoutMs = 10000;
    QSet<QNetworkReply*> m_inFlight;
    RequestPacer m_pacer;
};
