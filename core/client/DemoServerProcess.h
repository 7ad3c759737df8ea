#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

// A tablesyncd child with the demo venue on a database file of the caller's, listening on a
// free loopback port: what `tablesync --demo` talks to. Stops the child when destroyed, so the
// app leaves no server behind.
class DemoServerProcess : public QObject
{
    Q_OBJECT
public:
    enum class Failure { CannotStart, Exited, TimedOut };
    Q_ENUM(Failure)

    explicit DemoServerProcess(QString program, QObject* parent = nullptr);
    ~DemoServerProcess() override;

    // tablesyncd next to the running program, else the build tree's when given; empty when
    // neither exists.
    static QString locate(const QString& programDirectory, const QString& buildTreeProgram);
    // The server's address from tablesyncd's "tablesyncd VERSION listening on URL/api/v1" line
    // in what it printed so far; empty until that line is complete.
    static QUrl announcedUrl(const QByteArray& output);

    // Starts the child; ready() or failed() follows within timeoutMs.
    void start(const QString& database, int timeoutMs = 30000);
    // Asks the child to stop, and kills it when it has not within graceMs.
    void stop(int graceMs = 3000);

    QUrl url() const { return m_url; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }

signals:
    void ready(const QUrl& url);
    // detail: what the child said, for the person reading the error.
    void failed(DemoServerProcess::Failure failure, const QString& detail);

private:
    void readAnnouncement();
    void fail(Failure failure);

    QString m_program;
    QProcess m_process;
    QTimer m_deadline;
    QByteArray m_output;
    QByteArray m_errorTail;
    QUrl m_url;
};
