#include "SelfSignedCertificate.h"

#include "TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int opensslTimeoutMs = 60'000;
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

ApiError initError(const QString& message)
{
    return ApiError{ErrorCode::TlsInit, message, {}};
}

// Names the tablets may use for the server; they trust it by fingerprint, so this only keeps
// ordinary TLS tools from complaining more than they must.
QString subjectAltNames()
{
    QStringList names{u"DNS:localhost"_s, u"IP:127.0.0.1"_s, u"IP:::1"_s};
    const QString host = QSysInfo::machineHostName();
    const bool plainHost = !host.isEmpty() && std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'-' || c == u'.';
    });
    if (plainHost && host != "localhost"_L1)
        names.prepend(u"DNS:"_s + host);
    return names.join(u',');
}

} // namespace

Result<QString> SelfSignedCertificate::create(const QString& directory)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return initError(u"tls init needs the openssl command (Debian/Ubuntu package \"openssl\"). "
                         "Install it, or make a certificate and an unencrypted key yourself and "
                         "pass them with --tls-cert and --tls-key."_s);
    const QDir folder(directory);
    if (!QDir().mkpath(directory))
        return initError(
            u"Cannot create the folder %1."_s.arg(QDir::toNativeSeparators(directory)));
    const QString certificatePath = folder.filePath(certificateFileName());
    const QString keyPath = folder.filePath(keyFileName());
    for (const QString& path : {certificatePath, keyPath}) {
        if (QFile::exists(path))
            return initError(u"%1 already exists; tls init never replaces a certificate (tablets "
                             "pinned to it would stop connecting). Remove both files first to "
                             "make a new one."_s.arg(QDir::toNativeSeparators(path)));
    }

    // The key file exists, empty and owner-only, before a byte of the key is written to it.
    QFile key(keyPath);
    if (!key.open(QIODevice::WriteOnly) || !key.setPermissions(ownerOnly))
        return initError(
            u"Cannot create %1: %2"_s.arg(QDir::toNativeSeparators(keyPath), key.errorString()));
    key.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"3650"_s,
                            u"-subj"_s, u"/CN=tablesyncd"_s, u"-addext"_s,
                            u"subjectAltName="_s + subjectAltNames(), u"-keyout"_s, keyPath,
                            u"-out"_s, certificatePath});
    const bool finished = process.waitForFinished(opensslTimeoutMs);
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!finished)
            process.kill();
        QFile::remove(keyPath);
        QFile::remove(certificatePath);
        return initError(u"openssl could not make the certificate: %1"_s.arg(
            finished ? output : process.errorString()));
    }
    key.setPermissions(ownerOnly);

    Result<TlsIdentity> identity = TlsIdentity::load(certificatePath, keyPath);
    if (!identity)
        return identity.error();
    return identity->fingerprint();
}
