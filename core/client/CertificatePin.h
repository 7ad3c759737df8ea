#pragma once

#include "model/ApiError.h"

#include <QList>
#include <QSslError>
#include <QString>

#include <optional>

class QSslCertificate;

// The one server certificate this tablet trusts, by its SHA-256 fingerprint: a venue's server
// has a self-signed certificate that no CA vouches for, so the tablet remembers it instead.
class CertificatePin
{
public:
    // "AB:CD:..." (32 upper-case hex pairs), as `tablesyncd tls init` prints it.
    static QString fingerprintOf(const QSslCertificate& certificate);
    // Accepts the fingerprint with or without colons, in either case; nullopt when malformed.
    static std::optional<QString> parse(const QString& text);
    // The certificate a TLS peer presented: the first of `errors` that names one, else `peer`.
    static QSslCertificate presented(const QSslCertificate& peer, const QList<QSslError>& errors);

    // A connection refused for its certificate: CertificateChanged (a pinned server showed
    // another one) or CertificateUnconfirmed (nobody confirmed it yet), with the fingerprint
    // shown in `field` and an English diagnostic for logs.
    static ApiError refusal(ErrorCode code, const QString& presentedFingerprint);

    CertificatePin() = default;
    explicit CertificatePin(QString fingerprint);

    bool isSet() const { return !m_fingerprint.isEmpty(); }
    QString fingerprint() const { return m_fingerprint; }
    bool matches(const QSslCertificate& certificate) const;

private:
    QString m_fingerprint;
};
