#pragma once

#include <QHash>
#include <QString>

// The names a screen shows for ids (menu items, staff, tables); an unknown id shows as itself.
class NameMap
{
public:
    // False when nothing changed: live updates hand the same names again and again.
    bool assign(const QHash<QString, QString>& names)
    {
        if (names == m_names)
            return false;
        m_names = names;
        return true;
    }
    QString name(const QString& id) const { return m_names.value(id, id); }
    QString name(const QString& id, const QString& unknown) const
    {
        return m_names.value(id, unknown);
    }

private:
    QHash<QString, QString> m_names;
};
