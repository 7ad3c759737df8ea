#pragma once

#include <QObject>

// What a failed request of the tablet was for, so ui/ can say what did not happen.
class TabletRequest
{
    Q_GADGET
public:
    enum class Kind { LoadTables, LoadMenu, OpenTable, SaveDraft, LiveUpdates };
    Q_ENUM(Kind)
};
