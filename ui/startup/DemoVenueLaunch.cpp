#include "DemoVenueLaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

DemoVenueLaunch::DemoVenueLaunch(QString buildTreeProgram, QObject* parent)
    : QObject(parent)
    , m_buildTreeProgram(std::move(buildTreeProgram))
    , m_folder(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                   .filePath(u"tablesync-demo-XXXXXX"_s))
{}

// The server goes before its folder (members are destroyed in reverse).
DemoVenueLaunch::~DemoVenueLaunch() = default;

void DemoVenueLaunch::start()
{
    const QString program =
        DemoServerProcess::locate(QCoreApplication::applicationDirPath(), m_buildTreeProgram);
    QString problem;
    if (!m_folder.isValid())
        problem = tr("Cannot create a temporary folder: %1").arg(m_folder.errorString());
    else if (program.isEmpty())
        problem = tr("The demo needs the venue server tablesyncd, which is not installed next to "
                     "this app (%1). Install the tablesyncd package, or build it, then start the "
                     "demo again.")
                      .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()));
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { emit failed(problem); });
        return;
    }

    m_progress = std::make_unique<QProgressDialog>();
    m_progress->setWindowTitle(tr("TableSync demo"));
    m_progress->setLabelText(tr("Starting the demo venue server…"));
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(0);
    connect(m_progress.get(), &QProgressDialog::canceled, this, [this] {
        m_server.reset();
        emit canceled();
    });
    m_progress->show();

    std::fprintf(stdout, "tablesync: starting the demo venue server %s\n",
                 qPrintable(QDir::toNativeSeparators(program)));
    std::fflush(stdout);
    m_server = std::make_unique<DemoServerProcess>(program);
    connect(m_server.get(), &DemoServerProcess::ready, this, [this](const QUrl& server) {
        std::fprintf(stdout, "tablesync: demo venue server on %s\n", qPrintable(server.toString()));
        std::fflush(stdout);
        emit ready(server);
        // After the windows opened: closing the last window would end the app.
        finishProgress();
    });
    connect(m_server.get(), &DemoServerProcess::failed, this, &DemoVenueLaunch::reportFailure);
    m_server->start(m_folder.filePath(u"venue.sqlite"_s));
}

void DemoVenueLaunch::reportFailure(DemoServerProcess::Failure failure, const QString& detail)
{
    finishProgress();
    QString message;
    switch (failure) {
    case DemoServerProcess::Failure::CannotStart:
        message = tr("The demo venue server could not be started: %1").arg(detail);
        break;
    case DemoServerProcess::Failure::Exited:
        message = tr("The demo venue server stopped before it was ready: %1").arg(detail);
        break;
    case DemoServerProcess::Failure::TimedOut:
        message = tr("The demo venue server did not get ready in time.");
        break;
    }
    emit failed(message);
}

void DemoVenueLaunch::finishProgress()
{
    // Never called from the dialog's own signal, so it can go at once.
    m_progress.reset();
}
