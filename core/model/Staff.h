#pragma once

#include <QString>

struct Staff
{
    enum class Role { Waiter, Manager };

    QString id;
    QString name;
    Role role = Role::Waiter;

    bool operator==(const Staff& other) const = default;
};
