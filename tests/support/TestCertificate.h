#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// A throwaway self-signed certificate and key made by the `openssl` command at test time, so
// that no key is ever committed. Tests fail when openssl is absent (Debian package "openssl").
struct TestCertificate
{
    QString certificateFile;
    QString keyFile;
    QString error; // empty when both files were written

    static QString openssl() { return QStandardPaths::findExecutable(QStringLiteral("openssl")); }

    // Writes PREFIX.crt and PREFIX.key; `extra` goes to `openssl req` (e.g. -addext).
    static TestCertificate make(const QString& prefix, const QStringList& extra = {})
    {
        TestCertificate made{prefix + QStringLiteral(".crt"), prefix + QStringLiteral(".key"), {}};
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(
            openssl(),
            QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=tablesync-test"), QStringLiteral("-keyout"),
                        made.keyFile, QStringLiteral("-out"), made.certificateFile} +
                extra);
        if (!process.waitForFinished(60'000) || process.exitCode() != 0)
            made.error =
                QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(process.readAll());
        return made;
    }
};
