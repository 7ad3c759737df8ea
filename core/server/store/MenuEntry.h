#pragma once

#include <QMap>
#include <QString>

// One menu item with its names and category in every language the venue has ("en" always).
struct MenuEntry
{
    QString id;
    int priceCents = 0;
    QString station;
    bool available = true;
    QMap<QString, QString> names;      // language → name
    QMap<QString, QString> categories; // language → category
};
