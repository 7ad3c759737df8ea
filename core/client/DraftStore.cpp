#include "DraftStore.h"

#include "LocalDatabase.h"
#include "model/Clock.h"
#include "model/JsonCodec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError storageError(const QString& what, const QSqlError& error)
{
    return ApiError{ErrorCode::LocalStorage, what + u": "_s + error.text(), {}};
}

} // namespace

DraftStore::DraftStore(LocalDatabase& database, Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<void> DraftStore::load()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT order_id, base, draft FROM drafts"_s))
        return storageError(u"Cannot read the drafts"_s, query.lastError());
    QHash<qint64, OrderDraft> drafts;
    while (query.next()) {
        const qint64 orderId = query.value(0).toLongLong();
        Result<Order> base = decodeOrder(query.value(1).toString());
        Result<Lines> draft = decodeLines(query.value(2).toString());
        if (!base || !draft) {
            // A damaged row cannot be repaired; the other drafts must still open.
            qWarning("Skipping the damaged draft of order %lld", orderId);
            continue;
        }
        drafts.insert(orderId, OrderDraft{std::move(base).value(), std::move(draft).value()});
    }
    m_drafts = std::move(drafts);
    return {};
}

std::optional<OrderDraft> DraftStore::find(qint64 orderId) const
{
    const auto found = m_drafts.constFind(orderId);
    if (found == m_drafts.constEnd())
        return std::nullopt;
    return *found;
}

QList<qint64> DraftStore::orderIds() const
{
    QList<qint64> ids = m_drafts.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<void> DraftStore::save(const Order& base, const Lines& draft)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO drafts (order_id, base, draft, saved_at) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (order_id) DO UPDATE SET base = excluded.base,"
                  " draft = excluded.draft, saved_at = excluded.saved_at"_s);
    query.addBindValue(base.id);
    query.addBindValue(encodeOrder(base));
    query.addBindValue(encodeLines(draft));
    query.addBindValue(m_clock.nowMs());
    if (!query.exec())
        return storageError(u"Cannot save the draft on this tablet"_s, query.lastError());
    m_drafts.insert(base.id, OrderDraft{base, draft});
    return {};
}

Result<void> DraftStore::remove(qint64 orderId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM drafts WHERE order_id = ?"_s);
    query.addBindValue(orderId);
    if (!query.exec())
        return storageError(u"Cannot remove the draft"_s, query.lastError());
    m_drafts.remove(orderId);
    return {};
}

QString DraftStore::encodeLines(const Lines& lines)
{
    return QString::fromUtf8(
        QJsonDocument(JsonCodec::toJson(lines)).toJson(QJsonDocument::Compact));
}

Result<Lines> DraftStore::decodeLines(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return ApiError::invalid(u"draft"_s, u"The stored lines are not a JSON array."_s);
    const QJsonArray array = document.array();
    Lines lines;
    lines.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<Line> line =
            JsonCodec::lineFromJson(array.at(i), u"draft["_s + QString::number(i) + u']');
        if (!line)
            return line.error();
        lines.append(std::move(line).value());
    }
    return lines;
}

QString DraftStore::encodeOrder(const Order& order)
{
    return QString::fromUtf8(JsonCodec::encode(JsonCodec::toJson(order)));
}

Result<Order> DraftStore::decodeOrder(const QString& text)
{
    Result<QJsonObject> object = JsonCodec::parseObject(text.toUtf8());
    if (!object)
        return object.error();
    return JsonCodec::orderFromJson(object.value());
}
