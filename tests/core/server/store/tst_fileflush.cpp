#include "store/FileFlush.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// FileFlush::flushData: the one call that makes a deferred commit durable.
class TestFileFlush : public QObject
{
    Q_OBJECT
private slots:
    void flushesAWrittenFile();
    void aFileThatIsGoneHasNothingToFlush();
    void anUnreachableFileFailsNamingIt();

private:
    QTemporaryDir m_directory;
};

void TestFileFlush::flushesAWrittenFile()
{
    QFile file(m_directory.filePath(u"log"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("frame") == 5);
    QVERIFY(file.flush()); // into the operating system; flushData takes it to the disk
    QVERIFY(FileFlush::flushData(file.fileName()).ok());
}

void TestFileFlush::aFileThatIsGoneHasNothingToFlush()
{
    QVERIFY(FileFlush::flushData(m_directory.filePath(u"checkpointed-and-removed"_s)).ok());
}

void TestFileFlush::anUnreachableFileFailsNamingIt()
{
    // A regular file where a folder should be: the path cannot be opened at all.
    QFile blocker(m_directory.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = blocker.fileName() + u"/log"_s;
    const Result<void> flushed = FileFlush::flushData(path);
    QVERIFY(!flushed.ok());
    QCOMPARE(flushed.error().code, ErrorCode::StorageError);
    QVERIFY2(flushed.error().message.contains(path), qPrintable(flushed.error().message));
}

QTEST_GUILESS_MAIN(TestFileFlush)
#include "tst_fileflush.moc"
