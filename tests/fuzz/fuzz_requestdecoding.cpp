// libFuzzer target over everything that reads bytes from the network: the JSON codec's
// decoders, the request validator and the simdjson parsers of PATCH bodies and order replies.
// Besides crashes and sanitizer findings it checks five properties: a decoded value survives
// encode + decode unchanged, a validated PATCH re-encoded by the codec validates to the same
// lines, every refusal names a field, PatchBodyParser, where it answers, answers as Qt's parser
// and the checks would, and OrderReplyParser, where it answers, reads what JsonDecoder reads.

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/OrderReplyParser.h"
#include "model/PatchBodyParser.h"
#include "model/RequestValidator.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

template <typename T, typename Decode> void roundTrip(const QJsonValue& value, Decode decode)
{
    Result<T> first = decode(value);
    if (!first.ok()) {
        require(!first.error().message.isEmpty());
        return;
    }
    Result<T> second = decode(JsonCodec::toJson(first.value()));
    require(second.ok());
    require(second.value() == first.value());
}

void requireRefusalNamesField(const ApiError& error)
{
    require(error.code == ErrorCode::InvalidRequest);
    require(!error.field.isEmpty());
    require(!error.message.isEmpty());
}

void decodeEverything(const QJsonValue& value)
{
    roundTrip<Line>(value, [](const QJsonValue& v) { return JsonDecoder::lineFromJson(v); });
    roundTrip<Order>(value, [](const QJsonValue& v) { return JsonDecoder::orderFromJson(v); });
    roundTrip<MenuItem>(value,
                        [](const QJsonValue& v) { return JsonDecoder::menuItemFromJson(v); });
    roundTrip<Table>(value, [](const QJsonValue& v) { return JsonDecoder::tableFromJson(v); });
    roundTrip<Event>(value, [](const QJsonValue& v) { return JsonDecoder::eventFromJson(v); });
    roundTrip<Staff>(value, [](const QJsonValue& v) { return JsonDecoder::staffFromJson(v); });
    roundTrip<LoginReply>(value, &JsonDecoder::loginReplyFromJson);
    roundTrip<CloseReply>(value, &JsonDecoder::closeReplyFromJson);
    roundTrip<ConflictReply>(value, &JsonDecoder::conflictReplyFromJson);
    roundTrip<EventsPage>(value, &JsonDecoder::eventsPageFromJson);
    roundTrip<Health>(value, &JsonDecoder::healthFromJson);
    (void)JsonDecoder::menuFromJson(value);
    (void)JsonDecoder::tablesFromJson(value);
    (void)JsonDecoder::eventsFromJson(value, u"events"_s);
    (void)JsonDecoder::errorFromJson(value);
    (void)JsonDecoder::integral(value);
}

// The fast parser against the QJsonObject route on the same bytes.
void sameAsQt(const QByteArray& body, const RequestValidator::OrderContext& context)
{
    const std::optional<Result<PatchRequest>> fast = PatchBodyParser::parse(body, context);
    if (!fast)
        return;
    Result<QJsonObject> object = JsonDecoder::parseObject(body);
    require(object.ok());
    const Result<PatchRequest> slow = RequestValidator::patch(object.value(), context);
    require(fast->ok() == slow.ok());
    if (slow.ok()) {
        require(fast->value() == slow.value());
    } else {
        require(fast->error().field == slow.error().field);
        require(fast->error().message == slow.error().message);
    }
}

// The fast reply reader against JsonDecoder on the same bytes.
void sameReplyAsQt(const QByteArray& body)
{
    Result<QJsonObject> object = JsonDecoder::parseObject(body);
    if (const std::optional<Order> fast = OrderReplyParser::fastOrder(body)) {
        require(object.ok());
        const Result<Order> slow = JsonDecoder::orderFromJson(object.value());
        require(slow.ok() && slow.value() == *fast);
    }
    if (const std::optional<ConflictReply> fast = OrderReplyParser::fastConflict(body)) {
        require(object.ok());
        const Result<ConflictReply> slow = JsonDecoder::conflictReplyFromJson(object.value());
        require(slow.ok() && slow.value() == *fast);
    }
}

void validatePatch(const QByteArray& body)
{
    static const QSet<QString> menu{u"soup-lentil"_s, u"tea"_s, u"baklava"_s, u"ayran"_s};
    const RequestValidator::OrderContext context{&menu, 20};
    sameAsQt(body, context);
    Result<PatchRequest> patch = RequestValidator::patch(body, context);
    if (!patch.ok()) {
        requireRefusalNamesField(patch.error());
        return;
    }
    require(patch->items.size() <= RequestValidator::maxLines);
    Result<PatchRequest> again =
        RequestValidator::patch(JsonCodec::encode(JsonCodec::toJson(patch.value())), context);
    require(again.ok());
    require(again->expectedVersion == patch->expectedVersion);
    require(again->items.size() == patch->items.size());
    for (qsizetype i = 0; i < patch->items.size(); ++i) {
        require(again->items.at(i).lineId == patch->items.at(i).lineId);
        require(again->items.at(i).sameContent(patch->items.at(i)));
        require(!RequestValidator::canonicalLineId(patch->items.at(i).lineId).isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    validatePatch(bytes);
    sameReplyAsQt(bytes);
    if (Result<CloseRequest> close = RequestValidator::close(bytes); !close.ok())
        requireRefusalNamesField(close.error());
    if (Result<LoginRequest> login = RequestValidator::login(bytes); !login.ok())
        requireRefusalNamesField(login.error());

    const QString text = QString::fromUtf8(bytes);
    const QString lineId = RequestValidator::canonicalLineId(text);
    require(lineId.isEmpty() || RequestValidator::canonicalLineId(lineId) == lineId);
    if (const std::optional<qint64> version = RequestValidator::versionFromEntityTag(bytes))
        require(*version >= 1);

    Result<QJsonObject> object = JsonDecoder::parseObject(bytes);
    if (!object.ok())
        return 0;
    decodeEverything(object.value());
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        decodeEverything(it.value());
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (qsizetype i = 0; i < array.size() && i < 8; ++i)
                decodeEverything(array.at(i));
        }
    }
    return 0;
}
