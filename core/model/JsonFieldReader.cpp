#include "JsonFieldReader.h"

#include "JsonDecoder.h"

using namespace Qt::Literals::StringLiterals;

JsonFieldReader::JsonFieldReader(const QJsonValue& value, QString path)
    : m_path(std::move(path))
{
    if (!value.isObject())
        m_error = typeError(m_path.isEmpty() ? u"body"_s : m_path, u"an object"_s);
    m_object = value.toObject();
}

QString JsonFieldReader::path(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

ApiError JsonFieldReader::typeError(const QString& field, const QString& what)
{
    return ApiError::invalid(field, field + u" must be "_s + what + u'.');
}

QString JsonFieldReader::string(const QString& key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (!ok() || (value.isUndefined() && !required))
        return {};
    if (!value.isString())
        fail(key, u"a string"_s);
    return value.toString();
}

qint64 JsonFieldReader::integer(const QString& key, bool required, qint64 fallback)
{
    const QJsonValue value = m_object.value(key);
    if (!ok() || (value.isUndefined() && !required))
        return fallback;
    const std::optional<qint64> number = JsonDecoder::integral(value);
    if (!number) {
        fail(key, u"an integer"_s);
        return fallback;
    }
    return *number;
}

std::optional<qint64> JsonFieldReader::optionalInteger(const QString& key)
{
    if (!ok() || !m_object.contains(key))
        return std::nullopt;
    return integer(key);
}

bool JsonFieldReader::boolean(const QString& key, bool required, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (!ok() || (value.isUndefined() && !required))
        return fallback;
    if (!value.isBool()) {
        fail(key, u"true or false"_s);
        return fallback;
    }
    return value.toBool();
}

QJsonArray JsonFieldReader::array(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (ok() && !value.isArray())
        fail(key, u"an array"_s);
    return value.toArray();
}

QStringList JsonFieldReader::strings(const QString& key, bool required)
{
    if (!ok() || (!m_object.contains(key) && !required))
        return {};
    const QJsonArray values = array(key);
    QStringList out;
    for (qsizetype i = 0; ok() && i < values.size(); ++i) {
        if (!values.at(i).isString())
            fail(key + u'[' + QString::number(i) + u']', u"a string"_s);
        out.append(values.at(i).toString());
    }
    return out;
}

void JsonFieldReader::fail(const QString& key, const QString& what)
{
    if (ok())
        m_error = typeError(path(key), what);
}
