#pragma once

#include <QHash>
#include <QObject>

class BillFlow;
class Clock;
class OrderFlow;
class OrderView;
class SyncEngine;
class VoidedLinesModel;
class VoidFlow;

// The order view's voids and bill, hooked to the engine in one place so the main window only
// creates it: Void… on a fired line runs the VoidFlow, voided lines show struck through, a
// waiting void's expired approval is asked for again, and Bill opens the BillFlow. Which order
// is shown, and its table's name, are the OrderFlow's.
class OrderVoidsAndBill : public QObject
{
    Q_OBJECT
public:
    // `clock`: the time printed on a bill.
    OrderVoidsAndBill(SyncEngine& engine, OrderFlow& orders, const Clock& clock, OrderView* view,
                      QWidget* window);

    void setPrinterName(const QString& printerName);
    VoidedLinesModel* voidedLines() const { return m_voided; }

Q_SIGNALS:
    // The guest paid: the order is closed; the tables should show again.
    void tableClosed();

private:
    void startVoid(const QString& lineId);
    void showVoided(qint64 orderId);
    void updateItemNames();
    void updateStaffNames();

    SyncEngine& m_engine;
    OrderFlow& m_orders;
    OrderView* m_view;
    VoidFlow* m_voidFlow;
    BillFlow* m_billFlow;
    VoidedLinesModel* m_voided;
    QHash<QString, QString> m_itemNames; // the menu's names in the tablet's language, by id
};
