#include "TablesyncdProcess.h"
#include "TestCertificate.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = TablesyncdProcess::Finished;

// tls init generates a key, which may take a while on a busy machine.
Run run(const QStringList& arguments)
{
    return TablesyncdProcess::run(arguments, 60'000);
}

} // namespace

// tablesyncd's TLS command line: `tls init` (the files, the key's permissions, the printed
// fingerprint against the certificate's own) and plain HTTP refused off loopback.
class TestTablesyncdTls : public QObject
{
    Q_OBJECT

private slots:
    void tlsInitWritesCertificateKeyAndFingerprint()
    {
        if (TestCertificate::openssl().isEmpty())
            QFAIL("openssl is not installed (Debian package openssl; ./tablesync.sh test installs "
                  "it): tls init needs it");
        const QString folder = m_directory.filePath(u"tls"_s);
        const Run init = run({u"tls"_s, u"init"_s, u"--out"_s, folder});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString certificateFile = folder + u"/tablesyncd.crt"_s;
        const QString keyFile = folder + u"/tablesyncd.key"_s;
        QVERIFY(QFile::exists(certificateFile));
        QVERIFY(QFile::exists(keyFile));
#ifndef Q_OS_WIN
        QCOMPARE(QFile::permissions(keyFile) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
#endif
        const QRegularExpressionMatch printed =
            QRegularExpression(u"SHA-256 fingerprint: ([0-9A-F:]{95})"_s).match(init.out);
        QVERIFY2(printed.hasMatch(), qPrintable(init.out));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile);
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(printed.captured(1),
                 QString::fromLatin1(
                     certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));

        // The same fingerprint as openssl itself computes it.
        QProcess openssl;
        openssl.start(TestCertificate::openssl(), {u"x509"_s, u"-noout"_s, u"-fingerprint"_s,
                                                   u"-sha256"_s, u"-in"_s, certificateFile});
        QVERIFY(openssl.waitForFinished(30'000));
        QVERIFY2(QString::fromLatin1(openssl.readAllStandardOutput()).contains(printed.captured(1)),
                 "openssl disagrees with the printed fingerprint");

        const Run again = run({u"tls"_s, u"init"_s, u"--out"_s, folder});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
    }

    void plainHttpRefusedOffLoopback_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("any address") << QStringList{u"--listen"_s, u"0.0.0.0:0"_s}
                                     << u"Refusing to serve plain HTTP on 0.0.0.0"_s;
        QTest::newRow("cert without key")
            << QStringList{u"--listen"_s, u"0.0.0.0:0"_s, u"--tls-cert"_s, u"x.crt"_s}
            << u"--tls-cert and --tls-key go together"_s;
    }

    void plainHttpRefusedOffLoopback()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run refused =
            run(QStringList{u"--db"_s, m_directory.filePath(u"venue.sqlite"_s)} + arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QVERIFY(!QFile::exists(m_directory.filePath(u"venue.sqlite"_s)));
    }

    void helpMentionsTls()
    {
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString& word : {u"--tls-cert"_s, u"--tls-key"_s, u"--allow-insecure"_s,
                                    u"tls init --out DIR"_s, u"openssl"_s})
            QVERIFY2(help.out.contains(word), qPrintable(word));
    }

private:
    QTemporaryDir m_directory;
};

QTEST_GUILESS_MAIN(TestTablesyncdTls)
#include "tst_tablesyncdtls.moc"
