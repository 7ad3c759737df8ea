#pragma once

#include <QString>

struct Staff
{
    // Kitchen: a kitchen display's or printer station's login; reads orders, never writes them.
    enum class Role { Waiter, Manager, Kitchen };

    QString id;
    QString name;
    Role role = Role::Waiter;

    bool operator==(const Staff& other) const = default;
};
