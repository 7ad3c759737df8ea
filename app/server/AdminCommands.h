#pragma once

#include "ServerCommandLine.h"

#include "model/Result.h"

class Clock;

// The admin commands of tablesyncd, each run against the database of the command line.
class AdminCommands
{
public:
    // What a command printed on success (may be empty), or what went wrong.
    static Result<QString> run(const ServerCommand& command, Clock& clock);
};
