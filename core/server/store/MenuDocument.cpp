#include "MenuDocument.h"

#include "model/JsonDecoder.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

Result<QMap<QString, QString>> texts(const QJsonValue& value, const QString& field)
{
    if (!value.isObject())
        return ApiError::invalid(field, field + u" must be an object of texts by language."_s);
    QMap<QString, QString> byLanguage;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return ApiError::invalid(field + u'.' + it.key(),
                                     field + u'.' + it.key() + u" must be a non-empty string."_s);
        byLanguage.insert(it.key().toLower(), it.value().toString());
    }
    if (!byLanguage.contains(u"en"_s))
        return ApiError::invalid(field + u".en"_s, field + u" needs an English (\"en\") text."_s);
    return byLanguage;
}

} // namespace

Result<QList<MenuEntry>> MenuDocument::parse(const QByteArray& json)
{
    Result<QJsonObject> document = JsonDecoder::parseObject(json);
    if (!document.ok())
        return document.error();
    const QJsonValue items = document->value(u"items"_s);
    if (!items.isArray())
        return ApiError::invalid(u"items"_s, u"items must be an array of menu items."_s);
    QList<MenuEntry> entries;
    QSet<QString> seen;
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"items["_s + QString::number(i) + u']';
        if (!array.at(i).isObject())
            return ApiError::invalid(field, field + u" must be an object."_s);
        const QJsonObject item = array.at(i).toObject();
        MenuEntry entry;
        entry.id = item.value(u"id"_s).toString();
        if (entry.id.isEmpty() || entry.id.size() > 64)
            return ApiError::invalid(field + u".id"_s,
                                     field + u".id must be a short non-empty string."_s);
        if (seen.contains(entry.id))
            return ApiError::invalid(field + u".id"_s,
                                     field + u".id repeats the id \""_s + entry.id + u"\"."_s);
        seen.insert(entry.id);
        const std::optional<qint64> price = JsonDecoder::integral(item.value(u"price_cents"_s));
        if (!price || *price < 0 || *price > 100'000'000)
            return ApiError::invalid(
                field + u".price_cents"_s,
                u"Menu item \""_s + entry.id + u"\": "_s + field +
                    u".price_cents must be a whole number of cents, 0 or more."_s);
        entry.priceCents = int(*price);
        // From here on the message names the item by its id, as its author knows it.
        const auto named = [&entry](ApiError error) {
            error.message = u"Menu item \""_s + entry.id + u"\": "_s + error.message;
            return error;
        };
        Result<QMap<QString, QString>> names = texts(item.value(u"name"_s), field + u".name"_s);
        if (!names.ok())
            return named(names.error());
        Result<QMap<QString, QString>> categories =
            texts(item.value(u"category"_s), field + u".category"_s);
        if (!categories.ok())
            return named(categories.error());
        entry.names = names.value();
        entry.categories = categories.value();
        const QJsonValue station = item.value(u"station"_s);
        if (!station.isUndefined() &&
            (!station.isString() || station.toString().isEmpty() || station.toString().size() > 32))
            return named(ApiError::invalid(field + u".station"_s,
                                           field + u".station must be a short kitchen station"
                                                   " name, such as \"hot\"."_s));
        entry.station = station.toString();
        const QJsonValue available = item.value(u"available"_s);
        if (!available.isUndefined() && !available.isBool())
            return named(ApiError::invalid(field + u".available"_s,
                                           field + u".available must be true or false."_s));
        entry.available = available.toBool(true);
        entries.append(std::move(entry));
    }
    return entries;
}
