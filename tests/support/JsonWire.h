#pragma once

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// What the codec tests share: a value's trip over the wire as text, and key lists to compare.

// Every value crosses the wire as text, so round-trips go through encode() and back.
inline QJsonObject wire(const QJsonObject& object)
{
    Result<QJsonObject> parsed = JsonDecoder::parseObject(JsonCodec::encode(object));
    if (!parsed.ok())
        qFatal("encode() produced a body parseObject() refuses: %s",
               qPrintable(parsed.error().message));
    return parsed.value();
}

inline QJsonObject objectFrom(const QByteArray& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (!document.isObject())
        qFatal("test fixture is not a JSON object: %s", text.constData());
    return document.object();
}

inline QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

// The member names of an object in order, so QCOMPARE prints the two lists when they differ.
inline QStringList sortedKeysOf(const QJsonObject& object)
{
    return sorted(object.keys());
}

// A fixture body with one key set, or one key taken out: for tables of bad requests.
inline QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    object.insert(key, value);
    return object;
}

inline QJsonObject without(QJsonObject object, const QString& key)
{
    object.remove(key);
    return object;
}
