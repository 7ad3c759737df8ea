#include "CertificatePin.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSslCertificate>

using namespace Qt::Literals::StringLiterals;

QString CertificatePin::fingerprintOf(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

std::optional<QString> CertificatePin::parse(const QString& text)
{
    QString hex = text.trimmed();
    if (hex.startsWith("sha256"_L1, Qt::CaseInsensitive)) // as `openssl x509 -fingerprint` puts it
        hex = hex.section(u'=', 1);
    hex.remove(u':');
    static const QRegularExpression sha256(u"^[0-9A-Fa-f]{64}$"_s);
    if (!sha256.match(hex).hasMatch())
        return std::nullopt;
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper());
}

QSslCertificate CertificatePin::presented(const QSslCertificate& peer,
                                          const QList<QSslError>& errors)
{
    if (!peer.isNull())
        return peer;
    for (const QSslError& error : errors) {
        if (!error.certificate().isNull())
            return error.certificate();
    }
    return QSslCertificate();
}

ApiError CertificatePin::refusal(ErrorCode code, const QString& presentedFingerprint)
{
    const QString message =
        code == ErrorCode::CertificateChanged
            ? u"The server's certificate changed: it is not the one this tablet trusts, so the "
              "connection was refused (someone may be pretending to be the server). If the venue "
              "really replaced it, a manager must confirm the new fingerprint %1."_s.arg(
                  presentedFingerprint.isEmpty() ? u"(none shown)"_s : presentedFingerprint)
            : u"This tablet does not know the server's certificate yet. A manager must confirm its "
              "fingerprint %1 (as printed by tablesyncd) before the tablet connects."_s.arg(
                  presentedFingerprint);
    return ApiError{code, message, presentedFingerprint};
}

CertificatePin::CertificatePin(QString fingerprint)
    : m_fingerprint(parse(fingerprint).value_or(QString()))
{}

bool CertificatePin::matches(const QSslCertificate& certificate) const
{
    return isSet() && fingerprintOf(certificate) == m_fingerprint;
}

CertificatePin::Verdict CertificatePin::judge(const QSslCertificate& peer,
                                              const QList<QSslError>& errors) const
{
    const QSslCertificate shown = presented(peer, errors);
    const bool trusted = errors.isEmpty() ? !isSet() || matches(shown) : matches(shown);
    if (trusted)
        return {true, ErrorCode::Unknown, fingerprintOf(shown)};
    return {false, isSet() ? ErrorCode::CertificateChanged : ErrorCode::CertificateUnconfirmed,
            fingerprintOf(shown)};
}
