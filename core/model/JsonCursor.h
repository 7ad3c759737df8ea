#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstring>

// Writes JSON into memory reserved beforehand, byte for byte as QJsonDocument's compact form
// does; nothing here checks the room. The direct writers (OrderJsonWriter, ConflictJsonWriter)
// size their buffer with stringBound() and numberBound.
class JsonCursor
{
public:
    // Room for a string of `text` written escaped: at most six bytes (\uXXXX) per UTF-16 unit.
    static qsizetype stringBound(const QString& text) { return 2 + 6 * text.size(); }
    // Room for any qint64 written in decimal, with its sign.
    static constexpr qsizetype numberBound = 21;

    explicit JsonCursor(char* at)
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

    void number(qint64 value);
    // Qt's JSON escaping: the short escapes, \u00XX for the other control characters, UTF-8
    // for the rest, and \uXXXX (lower-case hex) for a surrogate without its pair.
    void string(const QString& text);

private:
    void utf8Of3(char32_t u);
    void escaped(char32_t u);

    char* m_at;
};
