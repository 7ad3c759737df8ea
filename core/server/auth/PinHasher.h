#pragma once

#include <QString>

#include <optional>

// Salted PBKDF2-SHA256 hashes of staff PINs. The stored form names its own iteration count
// and salt ("pbkdf2-sha256$<iterations>$<salt>$<key>", base64), so the cost can be raised
// later without breaking existing hashes.
class PinHasher
{
public:
    static constexpr int defaultIterations = 10000;
    // The range a venue may set (tablesyncd settings set --pin-iterations).
    static constexpr int minimumIterations = 1000;
    static constexpr int maximumIterations = 10'000'000;
    // The venue setting that holds the work factor of new and reset PINs.
    static constexpr const char* iterationsSetting = "pin_iterations";

    // The work factor a venue's stored setting names; the default when unset or out of range.
    static int iterationsOf(const std::optional<QString>& setting);

    static QString hash(const QString& pin, int iterations = defaultIterations);
    static bool verify(const QString& pin, const QString& stored);
};
