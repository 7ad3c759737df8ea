#pragma once

#include "http/HttpRequest.h"

#include "model/Result.h"
#include "store/MenuEntry.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <optional>

class OrderStore;

// The venue's menu as the routes use it, read from the store once and kept until forget():
// the ids a line may name, each item's entry, the languages it has, and GET /menu's bodies.
class MenuCache
{
public:
    explicit MenuCache(OrderStore& store);

    // Reads the menu unless it is known.
    Result<void> load();
    // The menu changed (an item sold out or came back, maybe in another process).
    void forget();

    // Valid after load().
    const QSet<QString>& ids() const { return m_ids; }
    const QHash<QString, MenuEntry>& byId() const { return m_byId; }
    // The language a request asks for (?lang=, then Accept-Language), among the menu's; "en"
    // when it has none of them.
    QString language(const HttpRequest& request) const;
    // GET /menu's body in `language` and `currency`, built once per pair (the venue's currency
    // may change in tablesyncd settings). Valid after load().
    QByteArray reply(const QString& language, const QString& currency);

private:
    OrderStore& m_store;
    std::optional<QList<MenuEntry>> m_menu;
    QSet<QString> m_ids;
    QHash<QString, MenuEntry> m_byId;
    QSet<QString> m_languages;
    QHash<QString, QByteArray> m_replies;
};
