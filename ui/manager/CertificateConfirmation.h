#pragma once

#include <QObject>
#include <QPointer>

class QWidget;
class SyncEngine;

// The first time the tablet meets an https server whose certificate no CA vouches for, asks a
// manager to compare its SHA-256 fingerprint with the one tablesyncd printed; a confirmed
// fingerprint becomes the engine's pin and is announced so the app remembers it.
class CertificateConfirmation : public QObject
{
    Q_OBJECT
public:
    CertificateConfirmation(SyncEngine& engine, QWidget* window);

Q_SIGNALS:
    void confirmed(const QString& fingerprint);

private:
    void ask(const QString& fingerprint);

    SyncEngine& m_engine;
    QPointer<QWidget> m_window;
};
