#include "CertificateConfirmation.h"

#include "client/SyncEngine.h"

#include <QMessageBox>
#include <QWidget>

CertificateConfirmation::CertificateConfirmation(SyncEngine& engine, QWidget* window)
    : QObject(window)
    , m_engine(engine)
    , m_window(window)
{
    connect(&m_engine, &SyncEngine::certificateConfirmationNeeded, this,
            &CertificateConfirmation::ask);
}

void CertificateConfirmation::ask(const QString& fingerprint)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Confirm the server's certificate"),
                                tr("This tablet has not met this server before. A manager should "
                                   "compare this SHA-256 fingerprint with the one tablesyncd "
                                   "printed:\n\n%1\n\nTrust this server?")
                                    .arg(fingerprint),
                                QMessageBox::Yes | QMessageBox::No, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(box, &QMessageBox::finished, this, [this, fingerprint](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_engine.setPinnedCertificate(fingerprint);
        Q_EMIT confirmed(fingerprint);
    });
    box->open();
}
