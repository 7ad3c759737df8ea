#pragma once

#include <QCoreApplication>
#include <QString>

// How the tablet app says it cannot go on: on stderr always, and in a window once it has one
// to show, since a tablet started from its icon has no terminal.
class TabletFailure
{
    Q_DECLARE_TR_FUNCTIONS(TabletFailure)
public:
    static void print(const QString& message);
    static void show(const QString& message);
};
