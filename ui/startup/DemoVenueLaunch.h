#pragma once

#include "client/DemoServerProcess.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QProgressDialog;

// `tablesync --demo` before its first window: a temporary folder, tablesyncd started in it with
// the demo venue, and a progress window until it listens. The server stops when this goes.
class DemoVenueLaunch : public QObject
{
    Q_OBJECT
public:
    // buildTreeProgram: the tablesyncd of the build tree, tried when none is next to the app.
    explicit DemoVenueLaunch(QString buildTreeProgram, QObject* parent = nullptr);
    ~DemoVenueLaunch() override;

    // Emits ready() or failed() later, also when it fails at once.
    void start();
    QString folder() const { return m_folder.path(); }

signals:
    void ready(const QUrl& server);
    void failed(const QString& message);
    void canceled();

private:
    void reportFailure(DemoServerProcess::Failure failure, const QString& detail);
    void finishProgress();

    QString m_buildTreeProgram;
    QTemporaryDir m_folder;
    std::unique_ptr<DemoServerProcess> m_server;
    std::unique_ptr<QProgressDialog> m_progress;
};
