#pragma once

#include "model/MenuItem.h"

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

    // The item as GET /menu shows it in `language` (English where it has no such name).
    MenuItem item(const QString& language) const
    {
        const QString english = QStringLiteral("en");
        return MenuItem{id,
                        names.value(language, names.value(english)),
                        categories.value(language, categories.value(english)),
                        priceCents,
                        station,
                        available};
    }
};
