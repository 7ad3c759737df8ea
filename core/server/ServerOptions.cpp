#include "ServerOptions.h"

#include <QThread>

bool ServerOptions::usesHttpThread() const
{
    return httpThread.value_or(QThread::idealThreadCount() >= 4);
}
