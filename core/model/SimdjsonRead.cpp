#include "SimdjsonRead.h"

#include <cstring>
#include <vector>

namespace SimdjsonRead {

namespace {

using Type = simdjson::dom::element_type;

// True when a number anywhere in the value came out as 0.0 from a literal such as 1e-400: Qt's
// parser refuses an underflow as an illegal number, and only its text tells it from "0.0".
bool holdsZeroDouble(Element value)
{
    simdjson::dom::array array;
    simdjson::dom::object object;
    double number = 0;
    if (value.get(number) == simdjson::SUCCESS)
        return value.type() == Type::DOUBLE && number == 0.0;
    if (value.get(array) == simdjson::SUCCESS) {
        for (Element child : array) {
            if (holdsZeroDouble(child))
                return true;
        }
    } else if (value.get(object) == simdjson::SUCCESS) {
        for (simdjson::dom::key_value_pair field : object) {
            if (holdsZeroDouble(field.value))
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<Element> parse(const QByteArray& body)
{
    // One parser and one padded copy per thread, reused: simdjson reads past the end.
    thread_local simdjson::dom::parser parser;
    thread_local std::vector<char> padded;
    const std::size_t size = std::size_t(body.size());
    if (padded.size() < size + simdjson::SIMDJSON_PADDING)
        padded.resize(size + simdjson::SIMDJSON_PADDING);
    std::memcpy(padded.data(), body.constData(), size);
    std::memset(padded.data() + size, 0, simdjson::SIMDJSON_PADDING);
    Element root;
    if (parser.parse(padded.data(), size, false).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    if (holdsZeroDouble(root))
        return std::nullopt;
    return root;
}

QString text(std::string_view bytes)
{
    for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
        if (uchar(bytes[i]) == 0xED && uchar(bytes[i + 1]) >= 0xA0)
            throw Unsure{};
    }
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace SimdjsonRead
