#include "MenuCache.h"

#include "model/JsonCodec.h"
#include "store/OrderStore.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// "tr-TR,tr;q=0.9" → "tr".
QString primaryLanguage(const QString& tag)
{
    QString language = tag.section(u',', 0, 0).section(u';', 0, 0).trimmed();
    language = language.section(u'-', 0, 0).section(u'_', 0, 0);
    return language.toLower();
}

} // namespace

MenuCache::MenuCache(OrderStore& store)
    : m_store(store)
{}

Result<void> MenuCache::load()
{
    if (m_menu)
        return {};
    Result<QList<MenuEntry>> entries = m_store.menu();
    if (!entries.ok())
        return entries.error();
    for (const MenuEntry& entry : entries.value()) {
        m_ids.insert(entry.id);
        m_byId.insert(entry.id, entry);
        for (auto it = entry.names.cbegin(); it != entry.names.cend(); ++it)
            m_languages.insert(it.key());
    }
    m_menu = std::move(entries).value();
    return {};
}

void MenuCache::forget()
{
    m_menu.reset();
    m_ids.clear();
    m_byId.clear();
    m_languages.clear();
    m_replies.clear();
}

QString MenuCache::language(const HttpRequest& request) const
{
    QString language = primaryLanguage(request.query.queryItemValue(u"lang"_s));
    if (language.isEmpty())
        language = primaryLanguage(QString::fromLatin1(request.header("Accept-Language")));
    return m_languages.contains(language) ? language : u"en"_s;
}

QByteArray MenuCache::reply(const QString& language, const QString& currency)
{
    const QString key = language + u'/' + currency;
    if (const auto cached = m_replies.constFind(key); cached != m_replies.constEnd())
        return *cached;
    MenuReply reply{{}, currency};
    if (m_menu) {
        for (const MenuEntry& entry : std::as_const(*m_menu))
            reply.items.append(entry.item(language));
    }
    const QByteArray body = JsonCodec::encode(JsonCodec::toJson(reply));
    // An empty answer is not kept: it must not outlive load().
    if (m_menu)
        m_replies.insert(key, body);
    return body;
}
