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

void HttpRelay::toHttp(std::vector<ToHttp> messages)
{
    if (messages.empty())
        return;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        // An answer held for its ticket has nothing to send yet: it waits for the opening.
        for (const ToHttp& message : messages) {
            const auto* answer = std::get_if<Answer>(&message);
            wake = wake || !answer || !answer->ticket;
        }
        wake = wake && !m_httpWoken;
        m_httpWoken = m_httpWoken || wake;
        if (m_toHttp.empty())
            m_toHttp = std::move(messages);
        else
            m_toHttp.insert(m_toHttp.end(), std::make_move_iterator(messages.begin()),
                            std::make_move_iterator(messages.end()));
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
