#pragma once

#include "model/Staff.h"

// A staff member as stored: who they are and the hash of their PIN.
struct StaffRecord
{
    Staff staff;
    QString pinHash;
};
