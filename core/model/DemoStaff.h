#pragma once

#include "Staff.h"

#include <QList>
#include <QString>

// The demo venue's staff and their PINs: seeded by tablesyncd --seed-demo, signed in by
// tablesync --demo --waiters N, and used by the tests. The one place they are written.
class DemoStaff
{
public:
    struct Member
    {
        Staff staff;
        QString pin;
    };

    // Waiters first, in the order --waiters N signs them in; then the manager, then the
    // kitchen display's login.
    static const QList<Member>& members();
    static QList<Member> waiters();
    // The PIN of a demo member; empty for anyone else.
    static QString pin(const QString& staffId);
};
