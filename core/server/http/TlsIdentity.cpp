#include "TlsIdentity.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError tlsError(const QString& message)
{
    return ApiError{ErrorCode::TlsSetup, message, {}};
}

Result<QByteArray> readPem(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tlsError(u"Cannot read the TLS %1 %2: %3"_s.arg(what, path, file.errorString()));
    return file.readAll();
}

} // namespace

Result<TlsIdentity> TlsIdentity::load(const QString& certificateFile, const QString& keyFile)
{
    if (!QSslSocket::supportsSsl())
        return tlsError(u"This Qt has no working TLS backend (OpenSSL 3 libraries missing?), so "
                        "it cannot serve HTTPS."_s);
    Result<QByteArray> certificatePem = readPem(certificateFile, u"certificate"_s);
    if (!certificatePem)
        return certificatePem.error();
    Result<QByteArray> keyPem = readPem(keyFile, u"key"_s);
    if (!keyPem)
        return keyPem.error();

    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(certificatePem.value(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return tlsError(u"%1 holds no PEM certificate."_s.arg(certificateFile));
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(keyPem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return tlsError(u"%1 holds no unencrypted PEM private key (EC or RSA)."_s.arg(keyFile));

    TlsIdentity identity;
    identity.m_configuration = QSslConfiguration::defaultConfiguration();
    identity.m_configuration.setLocalCertificateChain(chain);
    identity.m_configuration.setPrivateKey(key);
    // Tablets prove who they are with a PIN and a token, not with a certificate.
    identity.m_configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    identity.m_configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return identity;
}

QString TlsIdentity::fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsIdentity::fingerprint() const
{
    return fingerprintOf(m_configuration.localCertificate());
}
