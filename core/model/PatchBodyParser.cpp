#include "PatchBodyParser.h"

#include "LineIdTable.h"
#include "SimdjsonRead.h"
#include "VoidCodec.h"

#include <array>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace {

using namespace SimdjsonRead;

// Code points, as QString::toUcs4().size() counts them.
qsizetype codePoints(std::string_view bytes)
{
    qsizetype count = 0;
    for (char c : bytes)
        count += (uchar(c) & 0xC0) != 0x80;
    return count;
}

// Per byte: its lower-case hex digit, or 0 when it is none.
constexpr std::array<char, 256> hexDigits = [] {
    std::array<char, 256> table{};
    for (char c = '0'; c <= '9'; ++c)
        table[uchar(c)] = c;
    for (char c = 'a'; c <= 'f'; ++c) {
        table[uchar(c)] = c;
        table[uchar(c - 'a' + 'A')] = c;
    }
    return table;
}();

// RequestValidator::canonicalLineId on UTF-8 bytes; a table, since every line of every write
// has one.
QString canonicalLineId(std::string_view bytes)
{
    if (bytes.size() != 36 || bytes[8] != '-' || bytes[13] != '-' || bytes[18] != '-' ||
        bytes[23] != '-')
        return {};
    QString id(36, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(id.data());
    bool digits = true;
    for (std::size_t i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const char digit = dash ? '-' : hexDigits[uchar(bytes[i])];
        out[i] = char16_t(uchar(digit));
        digits &= digit != 0;
    }
    if (!digits)
        return {};
    return id;
}

ApiError invalidIn(const QString& field, const QString& key, const QString& message)
{
    return ApiError::invalid(field + u'.' + key, field + u'.' + key + u' ' + message);
}

// `earlier` holds the lines before this one, filed in `seen`; `idHash` is set to the hash of
// this line's id there.
Result<Line> line(Element value, qsizetype index, const RequestValidator::OrderContext& context,
                  const Lines& earlier, const LineIdTable& seen, size_t& idHash)
{
    // Named only on a refusal: an accepted line costs no string for it.
    const auto field = [index]() -> QString { return u"items["_s + QString::number(index) + u']'; };
    simdjson::dom::object object;
    if (value.get(object) != simdjson::SUCCESS)
        return ApiError::invalid(field(), field() + u" must be an object."_s);
    enum { LineId, MenuItemId, Qty, Seat, Note, Course };
    Fields<6> fields;
    if (!fields.read(object, {"line_id", "menu_item_id", "qty", "seat", "note", "course"}))
        throw Unsure{};
    Line line;

    const std::optional<Element>& lineId = fields.values[LineId];
    if (!lineId)
        return invalidIn(field(), u"line_id"_s, u"is required."_s);
    line.lineId = canonicalLineId(stringOf(lineId));
    if (line.lineId.isEmpty())
        return invalidIn(field(), u"line_id"_s,
                         u"must be a UUID such as 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b."_s);
    idHash = seen.hash(line.lineId);
    if (seen.find(earlier, line.lineId, idHash) >= 0)
        return invalidIn(field(), u"line_id"_s, u"repeats a line_id given earlier in the list."_s);

    const std::optional<Element>& menuItemId = fields.values[MenuItemId];
    if (!menuItemId)
        return invalidIn(field(), u"menu_item_id"_s, u"is required."_s);
    line.menuItemId = text(stringOf(menuItemId));
    if (!isString(menuItemId) ||
        (context.menuItemIds && !context.menuItemIds->contains(line.menuItemId)))
        return invalidIn(field(), u"menu_item_id"_s, u"is not an item of this venue's menu."_s);

    if (!fields.values[Qty])
        return invalidIn(field(), u"qty"_s, u"is required."_s);
    const std::optional<qint64> qty = integral(fields.values[Qty]);
    if (!qty || *qty < 1 || *qty > RequestValidator::maxQty)
        return invalidIn(field(), u"qty"_s,
                         u"must be an integer from 1 to %1."_s.arg(RequestValidator::maxQty));
    line.qty = int(*qty);

    if (fields.values[Seat]) {
        const std::optional<qint64> seat = integral(fields.values[Seat]);
        if (!seat || *seat < 0 || *seat > context.seats)
            return invalidIn(field(), u"seat"_s,
                             u"must be an integer from 0 (shared) to %1, the table's seats."_s.arg(
                                 context.seats));
        line.seat = int(*seat);
    }

    if (const std::optional<Element>& note = fields.values[Note]) {
        if (!isString(note))
            return invalidIn(field(), u"note"_s, u"must be a string."_s);
        const std::string_view bytes = stringOf(note);
        line.note = text(bytes);
        if (codePoints(bytes) > RequestValidator::maxNoteLength)
            return invalidIn(
                field(), u"note"_s,
                u"must be at most %1 characters long."_s.arg(RequestValidator::maxNoteLength));
    }

    if (fields.values[Course]) {
        const std::optional<qint64> course = integral(fields.values[Course]);
        if (!course || *course < Line::firstCourse || *course > Line::lastCourse) {
            const QString name = field() + u".course"_s;
            return ApiError::invalid(
                name, name + u" must be a course from %1 to %2."_s.arg(Line::firstCourse)
                                 .arg(Line::lastCourse));
        }
        line.course = int(*course);
    }
    return line;
}

Result<VoidEntry> voidEntry(Element value, const QString& field)
{
    simdjson::dom::object object;
    if (value.get(object) != simdjson::SUCCESS)
        return ApiError::invalid(field, field + u" must be an object."_s);
    enum { LineId, Reason, Note, Approval };
    Fields<4> fields;
    if (!fields.read(object, {"line_id", "reason", "note", "approval"}))
        throw Unsure{};
    VoidEntry entry;
    entry.lineId = canonicalLineId(stringOf(fields.values[LineId]));
    if (entry.lineId.isEmpty())
        return invalidIn(field, u"line_id"_s, u"must be the line_id (a UUID) of a fired line."_s);
    entry.reason = text(stringOf(fields.values[Reason]));
    if (!isString(fields.values[Reason]) || !RequestValidator::voidReasons().contains(entry.reason))
        return invalidIn(field, u"reason"_s,
                         u"must be one of "_s + RequestValidator::voidReasons().join(u", "_s) +
                             u'.');
    if (const std::optional<Element>& note = fields.values[Note]) {
        if (!isString(note))
            return invalidIn(field, u"note"_s, u"must be a string."_s);
        const std::string_view bytes = stringOf(note);
        entry.note = text(bytes);
        if (codePoints(bytes) > RequestValidator::maxNoteLength)
            return invalidIn(
                field, u"note"_s,
                u"must be at most %1 characters long."_s.arg(RequestValidator::maxNoteLength));
    }
    if (const std::optional<Element>& approval = fields.values[Approval]) {
        if (!isString(approval))
            return invalidIn(field, u"approval"_s,
                             u"must be the approval string POST /approvals gave."_s);
        entry.approval = text(stringOf(approval));
    }
    return entry;
}

Result<PatchRequest> request(Element root, const RequestValidator::OrderContext& context)
{
    simdjson::dom::object body;
    if (root.get(body) != simdjson::SUCCESS)
        throw Unsure{}; // Qt decides how a top-level scalar is named
    enum { ExpectedVersion, Items, Voids };
    Fields<3> fields;
    if (!fields.read(body, {"expected_version", "items", "voids"}))
        throw Unsure{};

    PatchRequest request;
    if (fields.values[ExpectedVersion]) {
        const std::optional<qint64> version = integral(fields.values[ExpectedVersion]);
        if (!version || *version < 1)
            return ApiError::invalid(u"expected_version"_s,
                                     u"expected_version must be a positive integer."_s);
        request.expectedVersion = version;
    }

    simdjson::dom::array items;
    if (!fields.values[Items] || fields.values[Items]->get(items) != simdjson::SUCCESS)
        return ApiError::invalid(u"items"_s, u"items must be an array of lines."_s);
    const qsizetype count = qsizetype(items.size());
    if (count > RequestValidator::maxLines)
        return ApiError::invalid(u"items"_s, u"An order holds at most %1 lines; this list has %2."_s
                                                 .arg(RequestValidator::maxLines)
                                                 .arg(count));
    LineIdTable seen(count);
    request.items.reserve(count);
    qsizetype i = 0;
    for (Element value : items) {
        size_t idHash = 0;
        Result<Line> parsed = line(value, i, context, request.items, seen, idHash);
        if (!parsed.ok())
            return parsed.error();
        request.items.append(std::move(parsed).value());
        (void)seen.add(request.items, i++, idHash);
    }

    if (!fields.values[Voids])
        return request;
    simdjson::dom::array voids;
    if (fields.values[Voids]->get(voids) != simdjson::SUCCESS)
        return ApiError::invalid(u"voids"_s, u"voids must be an array of voids."_s);
    if (qsizetype(voids.size()) > RequestValidator::maxLines)
        return ApiError::invalid(
            u"voids"_s, u"voids names at most %1 lines."_s.arg(RequestValidator::maxLines));
    i = 0;
    for (Element value : voids) {
        const QString field = u"voids["_s + QString::number(i++) + u']';
        Result<VoidEntry> entry = voidEntry(value, field);
        if (!entry.ok())
            return entry.error();
        if (std::optional<ApiError> repeated =
                VoidCodec::appendUnique(request.voids, std::move(entry).value(), field))
            return *repeated;
    }
    return request;
}

} // namespace

std::optional<Result<PatchRequest>>
PatchBodyParser::parse(const QByteArray& body, const RequestValidator::OrderContext& context)
{
    const std::optional<Element> root = SimdjsonRead::parse(body);
    if (!root)
        return std::nullopt;
    try {
        return request(*root, context);
    } catch (const Unsure&) {
        return std::nullopt;
    }
}
