#pragma once

#include <QString>

// Salted PBKDF2-SHA256 hashes of staff PINs. The stored form names its own iteration count
// and salt ("pbkdf2-sha256$<iterations>$<salt>$<key>", base64), so the cost can be raised
// later without breaking existing hashes.
class PinHasher
{
public:
    static constexpr int defaultIterations = 10000;

    static QString hash(const QString& pin, int iterations = defaultIterations);
    static bool verify(const QString& pin, const QString& stored);
};
