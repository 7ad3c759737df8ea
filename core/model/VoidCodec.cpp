#include "VoidCodec.h"

#include "JsonCodec.h"
#include "JsonDecoder.h"
#include "JsonFieldReader.h"
#include "RequestValidator.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

Result<BillLine> billLineFromJson(const QJsonValue& value, const QString& field)
{
    JsonFieldReader reader(value, field);
    BillLine line;
    line.lineId = reader.string(u"line_id"_s);
    line.name = reader.string(u"name"_s);
    line.qty = int(reader.integer(u"qty"_s));
    line.seat = int(reader.integer(u"seat"_s));
    line.unitCents = reader.integer(u"unit_cents"_s);
    line.totalCents = reader.integer(u"total_cents"_s);
    if (!reader.ok())
        return reader.error();
    return line;
}

Result<SeatTotal> seatTotalFromJson(const QJsonValue& value, const QString& field)
{
    JsonFieldReader reader(value, field);
    SeatTotal seat;
    seat.seat = int(reader.integer(u"seat"_s));
    seat.totalCents = reader.integer(u"total_cents"_s);
    if (!reader.ok())
        return reader.error();
    return seat;
}

// One `voids` entry; whether its line is fired and removed by the write is the server's to check.
Result<VoidEntry> validVoid(const QJsonValue& value, const QString& field)
{
    const auto invalid = [&field](const QString& key, const QString& message) {
        const QString path = field.isEmpty() ? key : field + u'.' + key;
        return ApiError::invalid(path, path + u' ' + message);
    };
    if (!value.isObject())
        return ApiError::invalid(field, field + u" must be an object."_s);
    const QJsonObject object = value.toObject();
    VoidEntry entry;
    const QJsonValue lineId = object.value(u"line_id"_s);
    entry.lineId = RequestValidator::canonicalLineId(lineId.toString());
    if (!lineId.isString() || entry.lineId.isEmpty())
        return invalid(u"line_id"_s, u"must be the line_id (a UUID) of a fired line."_s);
    const QJsonValue reason = object.value(u"reason"_s);
    entry.reason = reason.toString();
    if (!reason.isString() || !RequestValidator::voidReasons().contains(entry.reason))
        return invalid(u"reason"_s,
                       u"must be one of "_s + RequestValidator::voidReasons().join(u", "_s) + u'.');
    if (object.contains(u"note"_s)) {
        const QJsonValue note = object.value(u"note"_s);
        if (!note.isString())
            return invalid(u"note"_s, u"must be a string."_s);
        entry.note = note.toString();
        if (entry.note.toUcs4().size() > RequestValidator::maxNoteLength)
            return invalid(u"note"_s, u"must be at most %1 characters long."_s.arg(
                                          RequestValidator::maxNoteLength));
    }
    if (object.contains(u"approval"_s)) {
        const QJsonValue approval = object.value(u"approval"_s);
        if (!approval.isString())
            return invalid(u"approval"_s, u"must be the approval string POST /approvals gave."_s);
        entry.approval = approval.toString();
    }
    return entry;
}

} // namespace

QJsonObject VoidCodec::toJson(const VoidEntry& entry)
{
    QJsonObject object{
        {u"line_id"_s, entry.lineId}, {u"reason"_s, entry.reason}, {u"note"_s, entry.note}};
    if (entry.approval)
        object.insert(u"approval"_s, *entry.approval);
    return object;
}

QJsonArray VoidCodec::toJson(const QList<VoidEntry>& entries)
{
    QJsonArray array;
    for (const VoidEntry& entry : entries)
        array.append(toJson(entry));
    return array;
}

QJsonObject VoidCodec::toJson(const ApprovalReply& reply)
{
    return QJsonObject{{u"approval"_s, reply.approval},
                       {u"staff"_s, JsonCodec::toJson(reply.staff)},
                       {u"expires_at"_s, reply.expiresAt}};
}

QJsonObject VoidCodec::toJson(const BillReply& reply)
{
    QJsonArray lines;
    for (const BillLine& line : reply.lines)
        lines.append(QJsonObject{{u"line_id"_s, line.lineId},
                                 {u"name"_s, line.name},
                                 {u"qty"_s, line.qty},
                                 {u"seat"_s, line.seat},
                                 {u"unit_cents"_s, line.unitCents},
                                 {u"total_cents"_s, line.totalCents}});
    QJsonArray seats;
    for (const SeatTotal& seat : reply.seats)
        seats.append(QJsonObject{{u"seat"_s, seat.seat}, {u"total_cents"_s, seat.totalCents}});
    return QJsonObject{{u"order_id"_s, reply.orderId},
                       {u"table_id"_s, reply.tableId},
                       {u"version"_s, reply.version},
                       {u"currency"_s, reply.currency},
                       {u"lines"_s, lines},
                       {u"seats"_s, seats},
                       {u"total_cents"_s, reply.totalCents}};
}

Result<QList<VoidEntry>> VoidCodec::voidsFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return ApiError::invalid(u"voids"_s, u"voids must be an array of voids."_s);
    const QJsonArray entries = value.toArray();
    if (entries.size() > RequestValidator::maxLines)
        return ApiError::invalid(
            u"voids"_s, u"voids names at most %1 lines."_s.arg(RequestValidator::maxLines));
    QList<VoidEntry> voids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString field = u"voids["_s + QString::number(i) + u']';
        Result<VoidEntry> entry = validVoid(entries.at(i), field);
        if (!entry.ok())
            return entry.error();
        if (std::optional<ApiError> repeated = appendUnique(voids, std::move(entry).value(), field))
            return *repeated;
    }
    return voids;
}

std::optional<ApiError> VoidCodec::appendUnique(QList<VoidEntry>& voids, VoidEntry entry,
                                                const QString& field)
{
    // A list holds at most maxLines voids: a scan costs less than a set.
    for (const VoidEntry& earlier : std::as_const(voids)) {
        if (earlier.lineId == entry.lineId)
            return ApiError::invalid(field + u".line_id"_s,
                                     field + u".line_id repeats a line voided earlier."_s);
    }
    voids.append(std::move(entry));
    return std::nullopt;
}

Result<VoidEntry> VoidCodec::voidFromJson(const QJsonValue& value, const QString& field)
{
    return validVoid(value, field);
}

Result<ApprovalReply> VoidCodec::approvalReplyFromJson(const QJsonValue& value)
{
    JsonFieldReader reader(value, {});
    ApprovalReply reply;
    reply.approval = reader.string(u"approval"_s);
    reply.staff = reader.take(
        JsonDecoder::staffFromJson(reader.object().value(u"staff"_s), reader.path(u"staff"_s)));
    reply.expiresAt = reader.integer(u"expires_at"_s);
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<BillReply> VoidCodec::billReplyFromJson(const QJsonValue& value)
{
    JsonFieldReader reader(value, {});
    BillReply reply;
    reply.orderId = reader.integer(u"order_id"_s);
    reply.tableId = reader.string(u"table_id"_s);
    reply.version = reader.integer(u"version"_s);
    reply.currency = reader.string(u"currency"_s);
    reply.lines = reader.take(JsonFieldReader::list<BillLine>(
        reader.object().value(u"lines"_s), reader.path(u"lines"_s), &billLineFromJson));
    reply.seats = reader.take(JsonFieldReader::list<SeatTotal>(
        reader.object().value(u"seats"_s), reader.path(u"seats"_s), &seatTotalFromJson));
    reply.totalCents = reader.integer(u"total_cents"_s);
    if (!reader.ok())
        return reader.error();
    return reply;
}
