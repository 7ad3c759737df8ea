#pragma once

#include <QByteArray>
#include <QString>

#include <simdjson.h>

#include <array>
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
            }
        }
        return true;
    }
};

// Parses `body` with this thread's parser; nullopt where simdjson refuses it or where a number
// came out as 0.0 from a literal such as 1e-400, which Qt refuses. The element lives until the
// next parse on this thread.
std::optional<Element> parse(const QByteArray& body);

// JsonCodec::integral on a simdjson number: a whole number a double holds exactly.
std::optional<qint64> integral(const std::optional<Element>& value);

bool isString(const std::optional<Element>& value);
std::string_view stringOf(const std::optional<Element>& value);

// The string as QString; throws Unsure for a UTF-16 surrogate escaped on its own ("\udc00"),
// which Qt keeps where UTF-8 cannot.
QString text(std::string_view bytes);

} // namespace SimdjsonRead
