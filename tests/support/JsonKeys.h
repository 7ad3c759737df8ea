#pragma once

#include <QJsonObject>
#include <QSet>

// The member names of a JSON object, to compare a reply's shape with the contract's.
inline QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}
