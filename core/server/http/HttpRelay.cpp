#include "HttpRelay.h"

HttpRelay::HttpRelay(std::function<void()> wakeHandler, std::function<void()> wakeHttp)
    : m_wakeHandler(std::move(wakeHandler))
    , m_wakeHttp(std::move(wakeHttp))
{}

bool HttpRelay::toHandler(ToHandler message)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_refusal && !std::holds_alternative<Served>(message)) {
            if (auto* check = std::get_if<UpgradeCheck>(&message))
                check->verdict.set_value(*m_refusal);
            // Already the handler thread's: deleting it on this one would race with its events.
            else if (auto* upgraded = std::get_if<Upgraded>(&message))
                upgraded->socket.release()->deleteLater();
            return false;
        }
        wake = !m_handlerWoken; // one wake at a time
        m_handlerWoken = m_handlerWoken || wake;
        m_toHandler.push_back(std::move(message));
    }
    if (wake)
        m_wakeHandler();
    return true;
}

void HttpRelay::toHttp(ToHttp message)
{
    // An answer held for its ticket has nothing to send yet: it waits for the opening.
    const auto* answer = std::get_if<Answer>(&message);
    const bool sendable = !answer || !answer->ticket;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        wake = sendable && !m_httpWoken;
        m_httpWoken = m_httpWoken || wake;
        m_toHttp.push_back(std::move(message));
    }
    if (wake)
        m_wakeHttp();
}

std::vector<HttpRelay::ToHandler> HttpRelay::takeForHandler()
{
    std::lock_guard lock(m_mutex);
    m_handlerWoken = false;
    return std::exchange(m_toHandler, {});
}

std::vector<HttpRelay::ToHttp> HttpRelay::takeForHttp()
{
    std::lock_guard lock(m_mutex);
    m_httpWoken = false;
    return std::exchange(m_toHttp, {});
}

void HttpRelay::close(const HttpResponse& refusal)
{
    std::lock_guard lock(m_mutex);
    m_refusal = refusal;
    std::vector<ToHandler> kept;
    for (ToHandler& message : m_toHandler) {
        if (auto* check = std::get_if<UpgradeCheck>(&message))
            check->verdict.set_value(refusal);
        else if (std::holds_alternative<Served>(message))
            kept.push_back(std::move(message));
    }
    m_toHandler = std::move(kept);
}

void HttpRelay::reopen()
{
    std::lock_guard lock(m_mutex);
    m_refusal.reset();
    m_toHttp.clear();
    m_httpWoken = false;
}
