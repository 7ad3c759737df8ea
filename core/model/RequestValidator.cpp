#include "RequestValidator.h"

#include "JsonDecoder.h"
#include "PatchBodyParser.h"
#include "VoidCodec.h"

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

Result<std::optional<qint64>> expectedVersion(const QJsonObject& body)
{
    if (!body.contains(u"expected_version"_s))
        return std::optional<qint64>{};
    const std::optional<qint64> version = JsonDecoder::integral(body.value(u"expected_version"_s));
    if (!version || *version < 1)
        return ApiError::invalid(u"expected_version"_s,
                                 u"expected_version must be a positive integer."_s);
    return version;
}

Result<int> validCourse(const QJsonValue& value, const QString& field)
{
    const std::optional<qint64> course = JsonDecoder::integral(value);
    if (!course || *course < Line::firstCourse || *course > Line::lastCourse)
        return ApiError::invalid(
            field,
            field +
                u" must be a course from %1 to %2."_s.arg(Line::firstCourse).arg(Line::lastCourse));
    return int(*course);
}

// `seen` holds the line_ids of the earlier lines: a repeated line_id is a bad line_id, so it
// is reported before any later field of the same line.
Result<Line> validLine(const QJsonValue& value, const QString& field,
                       const RequestValidator::OrderContext& context, const QSet<QString>& seen)
{
    const auto invalid = [&field](const QString& key, const QString& message) {
        return ApiError::invalid(field + u'.' + key, field + u'.' + key + u' ' + message);
    };
    if (!value.isObject())
        return ApiError::invalid(field, field + u" must be an object."_s);
    const QJsonObject object = value.toObject();
    Line line;

    const QJsonValue lineId = object.value(u"line_id"_s);
    if (lineId.isUndefined())
        return invalid(u"line_id"_s, u"is required."_s);
    line.lineId = RequestValidator::canonicalLineId(lineId.toString());
    if (!lineId.isString() || line.lineId.isEmpty())
        return invalid(u"line_id"_s,
                       u"must be a UUID such as 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b."_s);
    if (seen.contains(line.lineId))
        return invalid(u"line_id"_s, u"repeats a line_id given earlier in the list."_s);

    const QJsonValue menuItemId = object.value(u"menu_item_id"_s);
    if (menuItemId.isUndefined())
        return invalid(u"menu_item_id"_s, u"is required."_s);
    line.menuItemId = menuItemId.toString();
    if (!menuItemId.isString() ||
        (context.menuItemIds && !context.menuItemIds->contains(line.menuItemId)))
        return invalid(u"menu_item_id"_s, u"is not an item of this venue's menu."_s);

    const QJsonValue qty = object.value(u"qty"_s);
    if (qty.isUndefined())
        return invalid(u"qty"_s, u"is required."_s);
    const std::optional<qint64> qtyValue = JsonDecoder::integral(qty);
    if (!qtyValue || *qtyValue < 1 || *qtyValue > RequestValidator::maxQty)
        return invalid(u"qty"_s,
                       u"must be an integer from 1 to %1."_s.arg(RequestValidator::maxQty));
    line.qty = int(*qtyValue);

    if (object.contains(u"seat"_s)) {
        const std::optional<qint64> seat = JsonDecoder::integral(object.value(u"seat"_s));
        if (!seat || *seat < 0 || *seat > context.seats)
            return invalid(u"seat"_s,
                           u"must be an integer from 0 (shared) to %1, the table's seats."_s.arg(
                               context.seats));
        line.seat = int(*seat);
    }

    if (object.contains(u"note"_s)) {
        const QJsonValue note = object.value(u"note"_s);
        if (!note.isString())
            return invalid(u"note"_s, u"must be a string."_s);
        line.note = note.toString();
        if (line.note.toUcs4().size() > RequestValidator::maxNoteLength)
            return invalid(u"note"_s, u"must be at most %1 characters long."_s.arg(
                                          RequestValidator::maxNoteLength));
    }

    if (object.contains(u"course"_s)) {
        Result<int> course = validCourse(object.value(u"course"_s), field + u".course"_s);
        if (!course.ok())
            return course.error();
        line.course = course.value();
    }
    return line;
}

} // namespace

const QStringList& RequestValidator::voidReasons()
{
    static const QStringList reasons{u"guest_changed_mind"_s, u"wrong_item"_s, u"kitchen_error"_s,
                                     u"quality"_s, u"other"_s};
    return reasons;
}

QString RequestValidator::canonicalLineId(const QString& text)
{
    if (text.size() != 36)
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text.at(i) != u'-' : !isHexDigit(text.at(i)))
            return {};
    }
    return text.toLower();
}

std::optional<qint64> RequestValidator::versionFromEntityTag(const QByteArray& header)
{
    QByteArray tag = header.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.size() < 3 || !tag.startsWith('"') || !tag.endsWith('"'))
        return std::nullopt;
    // Entity tags compare as exact strings: only the form the server sends ("7") names a
    // version, not " 7", "+7" or "07".
    const QByteArray digits = tag.mid(1, tag.size() - 2);
    if (digits.startsWith('0') ||
        !std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 version = digits.toLongLong(&ok);
    if (!ok || version < 1)
        return std::nullopt;
    return version;
}

Result<PatchRequest> RequestValidator::patch(const QByteArray& body, const OrderContext& context)
{
    if (std::optional<Result<PatchRequest>> fast = PatchBodyParser::parse(body, context))
        return std::move(*fast);
    // Not plain JSON to simdjson: Qt's parser and the checks below name the fault.
    Result<QJsonObject> object = JsonDecoder::parseObject(body);
    if (!object.ok())
        return object.error();
    return patch(object.value(), context);
}

std::optional<PatchRequest> RequestValidator::patchWithoutContext(const QByteArray& body)
{
    // No menu to look in, and a table as large as a seat can be: only the order's own checks.
    const OrderContext unbounded{nullptr, std::numeric_limits<int>::max()};
    std::optional<Result<PatchRequest>> read = PatchBodyParser::parse(body, unbounded);
    if (!read || !read->ok())
        return std::nullopt;
    return std::move(*read).value();
}

Result<PatchRequest> RequestValidator::patch(PatchRequest read, const OrderContext& context)
{
    // Every other check passed, so the first line failing these is the first fault patch()
    // finds, the menu before the seat as there.
    for (qsizetype i = 0; i < read.items.size(); ++i) {
        const Line& line = read.items.at(i);
        const bool onMenu = !context.menuItemIds || context.menuItemIds->contains(line.menuItemId);
        if (onMenu && line.seat <= context.seats)
            continue;
        const QString field = u"items["_s + QString::number(i) + u']';
        if (!onMenu)
            return ApiError::invalid(field + u".menu_item_id"_s,
                                     field +
                                         u".menu_item_id is not an item of this venue's menu."_s);
        return ApiError::invalid(
            field + u".seat"_s,
            field + u".seat must be an integer from 0 (shared) to %1, the table's seats."_s.arg(
                        context.seats));
    }
    return read;
}

Result<PatchRequest> RequestValidator::patch(const QJsonObject& body, const OrderContext& context)
{
    PatchRequest request;
    Result<std::optional<qint64>> version = expectedVersion(body);
    if (!version.ok())
        return version.error();
    request.expectedVersion = version.value();

    const QJsonValue items = body.value(u"items"_s);
    if (!items.isArray())
        return ApiError::invalid(u"items"_s, u"items must be an array of lines."_s);
    const QJsonArray array = items.toArray();
    if (array.size() > maxLines)
        return ApiError::invalid(
            u"items"_s, u"An order holds at most %1 lines; this list has %2."_s.arg(maxLines).arg(
                            array.size()));
    QSet<QString> seen;
    request.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"items["_s + QString::number(i) + u']';
        Result<Line> line = validLine(array.at(i), field, context, seen);
        if (!line.ok())
            return line.error();
        seen.insert(line->lineId);
        request.items.append(std::move(line).value());
    }

    if (body.contains(u"voids"_s)) {
        Result<QList<VoidEntry>> voids = VoidCodec::voidsFromJson(body.value(u"voids"_s));
        if (!voids.ok())
            return voids.error();
        request.voids = std::move(voids).value();
    }
    return request;
}

Result<CloseRequest> RequestValidator::close(const QByteArray& body)
{
    CloseRequest request;
    if (body.trimmed().isEmpty())
        return request;
    Result<QJsonObject> object = JsonDecoder::parseObject(body);
    if (!object.ok())
        return object.error();
    Result<std::optional<qint64>> version = expectedVersion(object.value());
    if (!version.ok())
        return version.error();
    request.expectedVersion = version.value();
    return request;
}

Result<LoginRequest> RequestValidator::login(const QByteArray& body)
{
    Result<QJsonObject> object = JsonDecoder::parseObject(body);
    if (!object.ok())
        return object.error();
    LoginRequest request;
    const QJsonValue staff = object->value(u"staff"_s);
    if (!staff.isString() || staff.toString().isEmpty())
        return ApiError::invalid(u"staff"_s, u"staff must be the staff member's id."_s);
    const QJsonValue pin = object->value(u"pin"_s);
    if (!pin.isString() || pin.toString().isEmpty())
        return ApiError::invalid(u"pin"_s, u"pin must be a string of digits."_s);
    request.staff = staff.toString();
    request.pin = pin.toString();
    return request;
}

Result<FireRequest> RequestValidator::fire(const QByteArray& body)
{
    FireRequest request;
    if (body.trimmed().isEmpty())
        return request;
    Result<QJsonObject> parsed = JsonDecoder::parseObject(body);
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject& object = parsed.value();
    Result<std::optional<qint64>> version = expectedVersion(object);
    if (!version.ok())
        return version.error();
    request.expectedVersion = version.value();

    if (object.contains(u"courses"_s)) {
        const QJsonValue courses = object.value(u"courses"_s);
        if (!courses.isArray())
            return ApiError::invalid(u"courses"_s, u"courses must be an array of courses."_s);
        QList<int> list;
        const QJsonArray array = courses.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Result<int> course =
                validCourse(array.at(i), u"courses["_s + QString::number(i) + u']');
            if (!course.ok())
                return course.error();
            if (!list.contains(course.value()))
                list.append(course.value());
        }
        request.courses = list;
    }

    if (object.contains(u"lines"_s)) {
        const QJsonValue lines = object.value(u"lines"_s);
        if (!lines.isArray())
            return ApiError::invalid(u"lines"_s, u"lines must be an array of line_ids."_s);
        const QJsonArray array = lines.toArray();
        if (array.size() > maxLines)
            return ApiError::invalid(u"lines"_s, u"lines names at most %1 lines."_s.arg(maxLines));
        QStringList list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = u"lines["_s + QString::number(i) + u']';
            const QString id = canonicalLineId(array.at(i).toString());
            if (!array.at(i).isString() || id.isEmpty())
                return ApiError::invalid(field, field + u" must be a line_id (a UUID)."_s);
            if (!list.contains(id))
                list.append(id);
        }
        request.lines = list;
    }
    return request;
}

Result<BanquetFireRequest> RequestValidator::banquetFire(const QByteArray& body)
{
    Result<QJsonObject> parsed = JsonDecoder::parseObject(body);
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject& object = parsed.value();
    BanquetFireRequest request;
    Result<int> course = validCourse(object.value(u"course"_s), u"course"_s);
    if (!course.ok())
        return course.error();
    request.course = course.value();

    const QJsonValue tables = object.value(u"tables"_s);
    if (!tables.isArray())
        return ApiError::invalid(u"tables"_s, u"tables must be an array of table ids."_s);
    const QJsonArray array = tables.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"tables["_s + QString::number(i) + u']';
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return ApiError::invalid(field, field + u" must be a table id."_s);
        if (!request.tables.contains(array.at(i).toString()))
            request.tables.append(array.at(i).toString());
    }
    return request;
}

Result<AvailabilityRequest> RequestValidator::availability(const QByteArray& body)
{
    Result<QJsonObject> parsed = JsonDecoder::parseObject(body);
    if (!parsed.ok())
        return parsed.error();
    const QJsonValue available = parsed->value(u"available"_s);
    if (!available.isBool())
        return ApiError::invalid(u"available"_s, u"available must be true or false."_s);
    return AvailabilityRequest{available.toBool()};
}
