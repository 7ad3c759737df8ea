#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QWebSocket>

#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>
#include <vector>

// Where the thread that speaks HTTP and the thread that owns the handler (and the database
// behind it) meet. Each side drops messages for the other under one lock and wakes it once per
// batch; nothing crosses through Qt's event queue but the wake, so every hand-over is visible to
// ThreadSanitizer. Messages keep their order, so an answer always reaches the HTTP side before
// the gate opening that frees it. A side is woken only for what it must act on now: on a
// 2-core machine every needless wake costs the other thread its turn.
class HttpRelay
{
public:
    // To the handler's side.
    struct Request
    {
        quint64 id;
        HttpRequest request;
    };
    struct Served
    {
        QByteArray method;
        QString path;
        int status;
        qint64 elapsedMs;
        QString staffId;
    };
    // A WebSocket upgrade waiting for the verifier; the HTTP side waits for `verdict`.
    struct UpgradeCheck
    {
        HttpRequest request;
        std::promise<std::optional<HttpResponse>> verdict;
    };
    // A connection upgraded and already moved to the handler's thread.
    struct Upgraded
    {
        std::unique_ptr<QWebSocket> socket;
    };
    using ToHandler = std::variant<Request, Served, UpgradeCheck, Upgraded>;

    // To the HTTP side.
    struct Answer
    {
        quint64 id;
        HttpResponse response;
        std::optional<quint64> ticket; // held until the gate opens for it
    };
    struct Opening
    {
        quint64 ticket;
        std::optional<HttpResponse> failure; // sent in place of each freed answer
    };
    using ToHttp = std::variant<Answer, Opening>;

    // Each wake is called from the other thread and must only post a call to its own side.
    HttpRelay(std::function<void()> wakeHandler, std::function<void()> wakeHttp);

    // False once closed: the message is dropped (an upgrade check is refused at once), unless
    // it is a log record.
    bool toHandler(ToHandler message);
    void toHttp(ToHttp message);
    std::vector<ToHandler> takeForHandler();
    std::vector<ToHttp> takeForHttp();
    // From the handler's side, before the HTTP side stops: requests and upgrades not yet
    // handled are dropped, waiting upgrade checks and later ones are refused with `refusal`, so
    // that neither side ever waits for the other. Answers already sent on stay for the HTTP side.
    void close(const HttpResponse& refusal);
    // Before the HTTP side starts again: drops what was left for the one before.
    void reopen();

private:
    std::mutex m_mutex;
    std::vector<ToHandler> m_toHandler; // m_mutex guards everything below
    std::vector<ToHttp> m_toHttp;
    std::optional<HttpResponse> m_refusal; // set while closed
    bool m_handlerWoken = false;           // a wake is on its way to that side
    bool m_httpWoken = false;
    std::function<void()> m_wakeHandler;
    std::function<void()> m_wakeHttp;
};
