#pragma once

#include "model/Result.h"

#include <QProcess>
#include <QString>

// The text of a PDF as pdftotext (poppler-utils, installed by ./tablesync.sh test) reads it,
// so printing tests check what a printer really received.
namespace PdfText {

inline Result<QString> read(const QString& pdfPath)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitStatus() != QProcess::NormalExit ||
        pdftotext.exitCode() != 0)
        return ApiError{ErrorCode::Unknown,
                        QStringLiteral("pdftotext (poppler-utils) failed on %1: %2 %3")
                            .arg(pdfPath, pdftotext.errorString(),
                                 QString::fromUtf8(pdftotext.readAllStandardError())),
                        {}};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace PdfText
