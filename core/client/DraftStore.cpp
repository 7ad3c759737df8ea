#include "DraftStore.h"

#include "LocalDatabase.h"
#include "model/Clock.h"
#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

DraftStore::DraftStore(LocalDatabase& database, Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<void> DraftStore::load()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT staff_id, order_id, base, draft FROM drafts"_s))
        return LocalDatabase::storageError(u"Cannot read the drafts"_s, query.lastError());
    QHash<QString, Drafts> drafts;
    while (query.next()) {
        const QString staffId = query.value(0).toString();
        const qint64 orderId = query.value(1).toLongLong();
        Result<Order> base = decodeOrder(query.value(2).toString());
        Result<Lines> draft = decodeLines(query.value(3).toString());
        if (!base || !draft) {
            // A damaged row cannot be repaired; the other drafts must still open.
            qWarning("Skipping the damaged draft of order %lld", orderId);
            continue;
        }
        drafts[staffId].insert(orderId,
                               OrderDraft{std::move(base).value(), std::move(draft).value()});
    }
    m_drafts = std::move(drafts);
    return {};
}

const DraftStore::Drafts& DraftStore::ownDrafts() const
{
    static const Drafts none;
    const auto found = m_drafts.constFind(m_owner);
    return found == m_drafts.constEnd() ? none : *found;
}

QStringList DraftStore::owners() const
{
    QStringList staffIds = m_drafts.keys();
    staffIds.sort();
    return staffIds;
}

std::optional<OrderDraft> DraftStore::find(const QString& staffId, qint64 orderId) const
{
    const auto drafts = m_drafts.constFind(staffId);
    if (drafts == m_drafts.constEnd())
        return std::nullopt;
    const auto found = drafts->constFind(orderId);
    if (found == drafts->constEnd())
        return std::nullopt;
    return *found;
}

QList<qint64> DraftStore::orderIds(const QString& staffId) const
{
    QList<qint64> ids = m_drafts.value(staffId).keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<void> DraftStore::save(const QString& staffId, const Order& base, const Lines& draft)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO drafts (staff_id, order_id, base, draft, saved_at)"
                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (staff_id, order_id) DO UPDATE SET"
                  " base = excluded.base, draft = excluded.draft, saved_at = excluded.saved_at"_s);
    query.addBindValue(LocalDatabase::staffKey(staffId));
    query.addBindValue(base.id);
    query.addBindValue(encodeOrder(base));
    query.addBindValue(encodeLines(draft));
    query.addBindValue(m_clock.nowMs());
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot save the draft on this tablet"_s,
                                           query.lastError());
    m_drafts[staffId].insert(base.id, OrderDraft{base, draft});
    return {};
}

Result<void> DraftStore::remove(const QString& staffId, qint64 orderId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM drafts WHERE staff_id = ? AND order_id = ?"_s);
    query.addBindValue(LocalDatabase::staffKey(staffId));
    query.addBindValue(orderId);
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot remove the draft"_s, query.lastError());
    if (const auto drafts = m_drafts.find(staffId); drafts != m_drafts.end()) {
        drafts->remove(orderId);
        if (drafts->isEmpty())
            m_drafts.erase(drafts);
    }
    return {};
}

Result<void> DraftStore::removeAll(const QString& staffId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM drafts WHERE staff_id = ?"_s);
    query.addBindValue(LocalDatabase::staffKey(staffId));
    if (!query.exec())
        return LocalDatabase::storageError(u"Cannot remove the drafts"_s, query.lastError());
    m_drafts.remove(staffId);
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
            JsonDecoder::lineFromJson(array.at(i), u"draft["_s + QString::number(i) + u']');
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
    Result<QJsonObject> object = JsonDecoder::parseObject(text.toUtf8());
    if (!object)
        return object.error();
    return JsonDecoder::orderFromJson(object.value());
}
