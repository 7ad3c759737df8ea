#pragma once

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

    // ApiError codes: a pinned server showed another certificate; an https server showed a
    // certificate nobody has confirmed yet.
    static QString changedCode() { return QStringLiteral("certificate_changed"); }
    static QString unconfirmedCode() { return QStringLiteral("certificate_unconfirmed"); }
    static QString changedMessage(const QString& presentedFingerprint);
    static QString unconfirmedMessage(const QString& presentedFingerprint);

    CertificatePin() = default;
    explicit CertificatePin(QString fingerprint);

    // What a TLS handshake showed and whether this tablet goes on with it.
    struct Verdict
    {
        bool trusted = false;
        QString code;        // when refused: changedCode() or unconfirmedCode()
        QString fingerprint; // of the certificate the peer presented
        QString message() const;
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
