#include "JsonCursor.h"

#include <array>

void JsonCursor::number(qint64 value)
{
    char digits[24];
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    int n = 0;
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *m_at++ = '-';
    while (n > 0)
        *m_at++ = digits[--n];
}

namespace {

// Per ASCII code: whether a JSON string holds it as it is.
constexpr std::array<bool, 128> printable = [] {
    std::array<bool, 128> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[std::size_t(c)] = c != '"' && c != '\\';
    return table;
}();

} // namespace

void JsonCursor::string(const QString& text)
{
    *m_at++ = '"';
    const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* end = p + text.size();
    while (p < end) {
        // Ids, names and most notes are printable ASCII: copied without the cases below.
        while (p < end && *p < 0x80 && printable[*p])
            *m_at++ = char(*p++);
        if (p == end)
            break;
        const char32_t u = *p++;
        if (u < 0x80) {
            switch (u) {
            case '"':
                raw("\\\"");
                break;
            case '\\':
                raw("\\\\");
                break;
            case '\b':
                raw("\\b");
                break;
            case '\f':
                raw("\\f");
                break;
            case '\n':
                raw("\\n");
                break;
            case '\r':
                raw("\\r");
                break;
            case '\t':
                raw("\\t");
                break;
            default:
                if (u < 0x20)
                    escaped(u);
                else
                    *m_at++ = char(u);
            }
        } else if (u < 0x800) {
            *m_at++ = char(0xC0 | (u >> 6));
            *m_at++ = char(0x80 | (u & 0x3F));
        } else if (u < 0xD800 || u > 0xDFFF) {
            utf8Of3(u);
        } else if (u < 0xDC00 && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
            const char32_t c = 0x10000 + ((u - 0xD800) << 10) + (*p++ - 0xDC00);
            *m_at++ = char(0xF0 | (c >> 18));
            *m_at++ = char(0x80 | ((c >> 12) & 0x3F));
            *m_at++ = char(0x80 | ((c >> 6) & 0x3F));
            *m_at++ = char(0x80 | (c & 0x3F));
        } else {
            escaped(u);
        }
    }
    *m_at++ = '"';
}

void JsonCursor::utf8Of3(char32_t u)
{
    *m_at++ = char(0xE0 | (u >> 12));
    *m_at++ = char(0x80 | ((u >> 6) & 0x3F));
    *m_at++ = char(0x80 | (u & 0x3F));
}

void JsonCursor::escaped(char32_t u)
{
    static constexpr char hex[] = "0123456789abcdef";
    raw("\\u");
    *m_at++ = hex[(u >> 12) & 0xF];
    *m_at++ = hex[(u >> 8) & 0xF];
    *m_at++ = hex[(u >> 4) & 0xF];
    *m_at++ = hex[u & 0xF];
}
