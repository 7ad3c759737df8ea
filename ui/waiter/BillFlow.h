#pragma once

#include "model/ApiMessages.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class BillModel;
#include "BillView.h"
class Bills;
class Clock;
class QWidget;

// A table's bill from the order view's tap to "Paid": reads it through the engine's Bills part,
// shows it, prints it (the tablet's printer, as chosen with --printer, or the print dialog) or
// saves it as PDF, and closes the order once the waiter confirms it was paid.
class BillFlow : public QObject
{
    Q_OBJECT
public:
    // `bills` must outlive this flow (the engine owns it).
    BillFlow(Bills& bills, const Clock& clock, QWidget* window);

    // `lineNames`: the dishes in the tablet's language by line id (the server names them in the
    // venue's default language); a line not in it keeps the server's name.
    void open(qint64 orderId, const QString& tableName,
              const QHash<QString, QString>& lineNames = {});
    // The printer bills go to without asking when none is chosen for bills in the printer
    // setup (TabletSettings::billPrinter); empty: the print dialog asks.
    void setPrinterName(const QString& printerName) { m_printerName = printerName; }
    // Where Print sends the bill: the bills' own printer, else the one set above.
    QString printerName() const;
    // The shown bill as a PDF at `path` (Save as PDF asks where); false, and said, on failure.
    bool writePdf(const QString& path);
    BillView* view() const { return m_view; }
    BillModel* model() const { return m_model; }

Q_SIGNALS:
    // The guest paid: the order is closed and the table has a new one.
    void paid(qint64 orderId);
    void failed(const QString& message);

private:
    void print();
    void savePdf();

    Bills& m_bills;
    const Clock& m_clock;
    QHash<QString, QString> m_lineNames;
    QWidget* m_window;
    BillModel* m_model;
    QPointer<BillView> m_view;
    QString m_tableName;
    QString m_printerName;
    qint64 m_orderId = 0;
};
