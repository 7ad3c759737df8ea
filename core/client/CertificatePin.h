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

    // What a TLS handshake showed and whether this tablet goes on with it.
    struct Verdict
    {
        bool trusted = false;
        ErrorCode code = ErrorCode::Unknown; // when refused: CertificateChanged or ~Unconfirmed
        QString fingerprint;                 // of the certificate the peer presented
        ApiError refusal() const { return CertificatePin::refusal(code, fingerprint); }
    };

    bool isSet() const { return !m_fingerprint.isEmpty(); }
    QString fingerprint() const { return m_fingerprint; }
    bool matches(const QSslCertificate& certificate) const;
    // The one trust decision for every connection (replies and the stream alike). With `errors`
    // the system does not trust the peer: only the pinned certificate passes. Without them some
    // CA vouches for it: that passes only when nothing is pinned or it is the pinned one.
    Verdict judge(const QSslCertificate& peer, const QList<QSslError>& errors = {}) const;

private:
    QString m_fingerprint;
};
