#include "TabletFailure.h"

#include <QMessageBox>

#include <cstdio>

void TabletFailure::print(const QString& message)
{
    std::fprintf(stderr, "tablesync: %s\n", qPrintable(message));
    std::fflush(stderr);
}

void TabletFailure::show(const QString& message)
{
    print(message);
    QMessageBox::critical(nullptr, tr("TableSync"), message);
}
