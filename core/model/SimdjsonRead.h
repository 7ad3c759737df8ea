#pragma once

#include <QByteArray>
#include <QString>

#include <simdjson.h>

#include <array>
#include <cmath>
#include <optional>
#include <string_view>

// What the simdjson readers (PatchBodyParser, OrderReplyParser) share. Each answers only where
// it is sure to answer as Qt's JSON parser and the codecs would; where it is not, it throws
// Unsure and its caller hands the body to Qt, which also names any fault.
namespace SimdjsonRead {

using Element = simdjson::dom::element;

// Thrown where a body leaves what the fast readers vouch for.
struct Unsure
{};

// The fields of one JSON object a reader reads, each at most once.
template <std::size_t N> struct Fields
{
    std::array<std::optional<Element>, N> values;

    // False when a read key repeats: Qt's parser, not a fast one, decides which copy counts.
    bool read(simdjson::dom::object object, const std::array<std::string_view, N>& names)
    {
        for (simdjson::dom::key_value_pair field : object) {
            for (std::size_t i = 0; i < N; ++i) {
                if (field.key != names[i])
                    continue;
                if (values[i])
                    return false;
                values[i] = field.value;
                break;
            }
        }
        return true;
    }
};

// Parses `body` with this thread's parser; nullopt where simdjson refuses it or where a number
// came out as 0.0 from a literal such as 1e-400, which Qt refuses. The element lives until the
// next parse on this thread.
std::optional<Element> parse(const QByteArray& body);

// Inline: called for every field of every line.

// JsonDecoder::integral on a simdjson number: a whole number a double holds exactly.
inline std::optional<qint64> integral(const std::optional<Element>& value)
{
    using Type = simdjson::dom::element_type;
    if (!value)
        return std::nullopt;
    double number = 0;
    switch (value->type()) {
    case Type::INT64:
        number = double(value->get_int64().value_unsafe());
        break;
    case Type::UINT64:
        number = double(value->get_uint64().value_unsafe());
        break;
    case Type::DOUBLE:
        number = value->get_double().value_unsafe();
        break;
    default:
        return std::nullopt;
    }
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > exactLimit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

inline bool isString(const std::optional<Element>& value)
{
    return value && value->type() == simdjson::dom::element_type::STRING;
}

inline std::string_view stringOf(const std::optional<Element>& value)
{
    return isString(value) ? value->get_string().value_unsafe() : std::string_view();
}

// The string as QString; throws Unsure for a UTF-16 surrogate escaped on its own ("\udc00"),
// which Qt keeps where UTF-8 cannot.
QString text(std::string_view bytes);

} // namespace SimdjsonRead
