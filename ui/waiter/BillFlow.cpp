#include "BillFlow.h"

#include "BillModel.h"
#include "BillPrintout.h"
#include "BillView.h"
#include "client/Bills.h"
#include "client/TabletSettings.h"
#include "WaiterMessages.h"

#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>
#include <QWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;

BillFlow::BillFlow(Bills& bills, const Clock& clock, QWidget* window)
    : QObject(window)
    , m_bills(bills)
    , m_clock(clock)
    , m_window(window)
    , m_model(new BillModel(this))
{
    connect(&m_bills, &Bills::billRead, this, [this](BillReply bill) {
        if (bill.orderId != m_orderId)
            return;
        for (BillLine& line : bill.lines)
            line.name = m_lineNames.value(line.lineId, line.name);
        m_model->setBill(bill);
        if (m_view) {
            m_view->showError({});
            return;
        }
        m_view = new BillView(m_model, m_tableName, m_window);
        m_view->setAttribute(Qt::WA_DeleteOnClose);
        m_view->resize(m_window ? m_window->size() * 0.9 : QSize(1100, 700));
        connect(m_view, &BillView::printRequested, this, &BillFlow::print);
        connect(m_view, &BillView::pdfRequested, this, &BillFlow::savePdf);
        connect(m_view, &BillView::paidConfirmed, this, [this] {
            m_view->setBusy(true);
            m_bills.pay(m_model->bill());
        });
        m_view->open();
    });
    connect(&m_bills, &Bills::billFailed, this, [this](qint64 orderId, const ApiError& error) {
        if (orderId == m_orderId)
            Q_EMIT failed(tr("Cannot show the bill: %1").arg(WaiterMessages::reason(error)));
    });
    connect(&m_bills, &Bills::paid, this, [this](qint64 orderId, const CloseReply&) {
        if (orderId != m_orderId)
            return;
        if (m_view)
            m_view->accept();
        Q_EMIT paid(orderId);
    });
    connect(&m_bills, &Bills::payFailed, this, [this](qint64 orderId, const ApiError& error) {
        if (!m_view || orderId != m_orderId)
            return;
        if (error.code == ErrorCode::VersionConflict) {
            // The order moved after the bill was read: the guest sees the new bill first.
            m_view->showError(tr("The order changed after this bill was shown; here is the "
                                 "bill as it stands now. Check it with the guest."));
            m_bills.read(orderId);
            return;
        }
        m_view->showError(tr("Not closed: %1").arg(WaiterMessages::reason(error)));
    });
}

void BillFlow::open(qint64 orderId, const QString& tableName,
                    const QHash<QString, QString>& lineNames)
{
    m_orderId = orderId;
    m_tableName = tableName;
    m_lineNames = lineNames;
    m_bills.read(orderId);
}

void BillFlow::print()
{
    const QPrinterInfo chosen = QPrinterInfo::printerInfo(printerName());
    auto printer = chosen.isNull() ? std::make_unique<QPrinter>(QPrinter::HighResolution)
                                   : std::make_unique<QPrinter>(chosen, QPrinter::HighResolution);
    if (chosen.isNull()) {
        QPrintDialog dialog(printer.get(), m_view);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    if (!BillPrintout(*m_model, m_tableName, m_clock).print(*printer) && m_view)
        m_view->showError(tr("The printer did not take the bill. Check it and try again."));
}

QString BillFlow::printerName() const
{
    const QString chosen = TabletSettings().billPrinter();
    return chosen.isEmpty() ? m_printerName : chosen;
}

void BillFlow::savePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_view, tr("Save the bill as PDF"),
        folder + u"/bill-"_s + QString::number(m_orderId) + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

bool BillFlow::writePdf(const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const bool written = BillPrintout(*m_model, m_tableName, m_clock).print(printer);
    if (!written && m_view)
        m_view->showError(tr("The PDF could not be written to %1.").arg(path));
    return written;
}
