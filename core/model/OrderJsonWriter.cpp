#include "OrderJsonWriter.h"

#include <cstring>

namespace {

// Room for a string of `text` written escaped: at most six bytes (\uXXXX) per UTF-16 unit.
qsizetype stringBound(const QString& text)
{
    return 2 + 6 * text.size();
}

// Writes into memory reserved beforehand; nothing here checks the room.
class Cursor
{
public:
    explicit Cursor(char* at)
        : m_at(at)
    {}

    char* at() const { return m_at; }

    template <std::size_t N> void raw(const char (&text)[N])
    {
        std::memcpy(m_at, text, N - 1);
        m_at += N - 1;
    }

    void raw(const QByteArray& bytes)
    {
        std::memcpy(m_at, bytes.constData(), std::size_t(bytes.size()));
        m_at += bytes.size();
    }

    void number(qint64 value)
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

    // Qt's JSON escaping: the short escapes, \u00XX for the other control characters, UTF-8
    // for the rest, and \uXXXX (lower-case hex) for a surrogate without its pair.
    void string(const QString& text)
    {
        *m_at++ = '"';
        const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
        const char16_t* end = p + text.size();
        while (p < end) {
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

private:
    void utf8Of3(char32_t u)
    {
        *m_at++ = char(0xE0 | (u >> 12));
        *m_at++ = char(0x80 | ((u >> 6) & 0x3F));
        *m_at++ = char(0x80 | (u & 0x3F));
    }

    void escaped(char32_t u)
    {
        static constexpr char hex[] = "0123456789abcdef";
        raw("\\u");
        *m_at++ = hex[(u >> 12) & 0xF];
        *m_at++ = hex[(u >> 8) & 0xF];
        *m_at++ = hex[(u >> 4) & 0xF];
        *m_at++ = hex[u & 0xF];
    }

    char* m_at;
};

// The fixed part of a line: its keys, punctuation, six numbers and the state.
constexpr qsizetype lineFixedBound = 200 + 6 * 21;

} // namespace

QByteArray OrderJsonWriter::lines(const Lines& lines)
{
    qsizetype bound = 2;
    for (const Line& line : lines)
        bound += lineFixedBound + stringBound(line.addedBy) + stringBound(line.lineId) +
                 stringBound(line.menuItemId) + stringBound(line.note);
    QByteArray bytes(bound, Qt::Uninitialized);
    Cursor out(bytes.data());
    out.raw("[");
    bool first = true;
    for (const Line& line : lines) {
        if (!first)
            out.raw(",");
        first = false;
        out.raw("{\"added_at\":");
        out.number(line.addedAt);
        out.raw(",\"added_by\":");
        out.string(line.addedBy);
        out.raw(",\"course\":");
        out.number(line.course);
        if (line.firedAt != 0) {
            out.raw(",\"fired_at\":");
            out.number(line.firedAt);
        }
        out.raw(",\"line_id\":");
        out.string(line.lineId);
        out.raw(",\"menu_item_id\":");
        out.string(line.menuItemId);
        out.raw(",\"note\":");
        out.string(line.note);
        out.raw(",\"price_cents\":");
        out.number(line.priceCents);
        out.raw(",\"qty\":");
        out.number(line.qty);
        out.raw(",\"seat\":");
        out.number(line.seat);
        if (line.state == Line::State::Fired)
            out.raw(",\"state\":\"fired\"}");
        else
            out.raw(",\"state\":\"new\"}");
    }
    out.raw("]");
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}

QByteArray OrderJsonWriter::order(const Order& order, const QByteArray& items)
{
    const qsizetype bound = 100 + 3 * 21 + items.size() + stringBound(order.tableId);
    QByteArray bytes(bound, Qt::Uninitialized);
    Cursor out(bytes.data());
    out.raw("{\"id\":");
    out.number(order.id);
    out.raw(",\"items\":");
    out.raw(items);
    if (order.status == Order::Status::Closed)
        out.raw(",\"status\":\"closed\"");
    else
        out.raw(",\"status\":\"open\"");
    out.raw(",\"table_id\":");
    out.string(order.tableId);
    out.raw(",\"updated_at\":");
    out.number(order.updatedAt);
    out.raw(",\"version\":");
    out.number(order.version);
    out.raw("}");
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}
