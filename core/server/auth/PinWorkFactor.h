#pragma once

#include "model/Result.h"

class StaffStore;

// The PBKDF2 work factor of new and reset PINs: the venue's setting, else the default. Hashes
// already stored name their own.
class PinWorkFactor
{
public:
    static Result<int> of(StaffStore& store);
};
