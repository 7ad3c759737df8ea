#pragma once

#include "model/Result.h"

#include <QSslConfiguration>
#include <QString>

class QSslCertificate;

// The server's certificate and private key, read from PEM files, as the TLS configuration its
// listener uses; and the certificate's SHA-256 fingerprint that tablets pin.
class TlsIdentity
{
public:
    static Result<TlsIdentity> load(const QString& certificateFile, const QString& keyFile);
    // "AB:CD:...", 32 upper-case hex pairs: what `tls init` prints and tablets compare.
    static QString fingerprintOf(const QSslCertificate& certificate);

    const QSslConfiguration& configuration() const { return m_configuration; }
    QString fingerprint() const;

private:
    QSslConfiguration m_configuration;
};
