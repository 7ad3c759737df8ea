#include "SqlRows.h"

#include "model/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace

Staff SqlRows::staff(const QSqlQuery& query)
{
    return Staff{query.value(0).toString(), query.value(1).toString(),
                 JsonCodec::roleFromName(query.value(2).toString()).value_or(Staff::Role::Waiter)};
}

StaffRecord SqlRows::staffRecord(const QSqlQuery& query)
{
    return StaffRecord{staff(query), query.value(3).toString()};
}

QList<MenuEntry> SqlRows::menu(QSqlQuery& query)
{
    QList<MenuEntry> entries;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (entries.isEmpty() || entries.last().id != id) {
            entries.append(MenuEntry{});
            entries.last().id = id;
            entries.last().priceCents = query.value(1).toInt();
        }
        const QString lang = query.value(2).toString();
        entries.last().names.insert(lang, query.value(3).toString());
        entries.last().categories.insert(lang, query.value(4).toString());
    }
    query.finish();
    return entries;
}

Table SqlRows::table(const QSqlQuery& query)
{
    return Table{query.value(0).toString(),   query.value(1).toString(),   query.value(2).toInt(),
                 query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toInt(),
                 query.value(6).toLongLong()};
}

QString SqlRows::eventColumns()
{
    return u"seq, order_id, table_id, version, kind, line_id, menu_item_id, qty, prev_qty, note,"
           " expected_version, author, at"_s;
}

Event SqlRows::event(const QSqlQuery& query)
{
    Event event;
    event.seq = query.value(0).toLongLong();
    event.orderId = query.value(1).toLongLong();
    event.tableId = query.value(2).toString();
    event.version = query.value(3).toLongLong();
    event.kind = JsonCodec::kindFromName(query.value(4).toString()).value_or(Event::Kind::Add);
    event.lineId = query.value(5).toString();
    event.menuItemId = query.value(6).toString();
    if (!query.value(7).isNull())
        event.qty = query.value(7).toInt();
    if (!query.value(8).isNull())
        event.prevQty = query.value(8).toInt();
    // Line events always carry their note, even an empty one.
    if (!query.value(9).isNull() || event.kind == Event::Kind::Add ||
        event.kind == Event::Kind::Remove || event.kind == Event::Kind::Change)
        event.note = query.value(9).toString();
    if (!query.value(10).isNull())
        event.expectedVersion = query.value(10).toLongLong();
    event.author = query.value(11).toString();
    event.at = query.value(12).toLongLong();
    return event;
}

QVariantList SqlRows::eventValues(const Event& event)
{
    return {event.orderId,
            event.tableId,
            event.version,
            JsonCodec::kindName(event.kind),
            nullableText(event.lineId),
            nullableText(event.menuItemId),
            nullable(event.qty),
            nullable(event.prevQty),
            event.note ? QVariant(*event.note) : QVariant(QMetaType(QMetaType::QString)),
            event.expectedVersion ? QVariant(*event.expectedVersion)
                                  : QVariant(QMetaType(QMetaType::LongLong)),
            event.author,
            event.at};
}

QString SqlRows::linesText(const Lines& lines)
{
    return QString::fromUtf8(
        QJsonDocument(JsonCodec::toJson(lines)).toJson(QJsonDocument::Compact));
}

Lines SqlRows::lines(const QByteArray& text)
{
    Lines lines;
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    lines.reserve(array.size());
    for (const QJsonValue& value : array) {
        Result<Line> line = JsonCodec::lineFromJson(value);
        if (line.ok())
            lines.append(std::move(line).value());
    }
    return lines;
}
