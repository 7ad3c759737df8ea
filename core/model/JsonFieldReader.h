#pragma once

#include "ApiError.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

// Reads the fields of one JSON object for the codecs, remembering the first one that is wrong
// and naming it by its path ("current.items[2].qty").
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonValue& value, QString path);

    bool ok() const { return !m_error.has_value(); }
    const ApiError& error() const { return *m_error; }
    const QJsonObject& object() const { return m_object; }
    QString path(const QString& key) const;

    QString string(const QString& key, bool required = true);
    qint64 integer(const QString& key, bool required = true, qint64 fallback = 0);
    std::optional<qint64> optionalInteger(const QString& key);
    bool boolean(const QString& key, bool required = true, bool fallback = false);
    QJsonArray array(const QString& key);
    // A list of strings; an absent optional key gives an empty list.
    QStringList strings(const QString& key, bool required = true);

    template <typename T> T take(Result<T> result)
    {
        if (!result.ok()) {
            if (ok())
                m_error = result.error();
            return T{};
        }
        return std::move(result).value();
    }

    void fail(const QString& key, const QString& what);

    static ApiError typeError(const QString& field, const QString& what);

    // Decodes every element of an array with `decode(element, "field[i]")`.
    template <typename T, typename Decode>
    static Result<QList<T>> list(const QJsonValue& value, const QString& field, Decode decode)
    {
        if (!value.isArray())
            return typeError(field, QStringLiteral("an array"));
        const QJsonArray array = value.toArray();
        QList<T> out;
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            Result<T> item = decode(array.at(i), field + u'[' + QString::number(i) + u']');
            if (!item.ok())
                return item.error();
            out.append(std::move(item).value());
        }
        return out;
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<ApiError> m_error;
};
