#pragma once

#include "model/Result.h"

#include <QString>

// `tablesyncd tls init`: a self-signed certificate and key for a venue without a CA, made by the
// `openssl` command (Qt has no certificate generator), the key readable by its owner only.
class SelfSignedCertificate
{
public:
    static QString certificateFileName() { return QStringLiteral("tablesyncd.crt"); }
    static QString keyFileName() { return QStringLiteral("tablesyncd.key"); }

    // Writes DIR/tablesyncd.crt and DIR/tablesyncd.key (never over existing ones) and returns
    // the certificate's SHA-256 fingerprint.
    static Result<QString> create(const QString& directory);
};
