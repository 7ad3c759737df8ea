#pragma once

#include <QObject>

#include <functional>

class BillFlow;
class OrderView;
class SyncEngine;
class VoidedLinesModel;
class VoidFlow;

// The order view's voids and bill, hooked to the engine in one place so the main window only
// creates it: Void… on a fired line runs the VoidFlow, voided lines show struck through, a
// waiting void's expired approval is asked for again, and Bill opens the BillFlow.
class OrderVoidsAndBill : public QObject
{
    Q_OBJECT
public:
    // `currentOrder`: the order the view shows (0: none).
    OrderVoidsAndBill(SyncEngine& engine, OrderView* view, QWidget* window,
                      std::function<qint64()> currentOrder);

    void setPrinterName(const QString& printerName);
    VoidFlow* voidFlow() const { return m_voidFlow; }
    BillFlow* billFlow() const { return m_billFlow; }
    VoidedLinesModel* voidedLines() const { return m_voided; }

Q_SIGNALS:
    // The guest paid: the order is closed; the tables should show again.
    void tableClosed();

private:
    void startVoid(const QString& lineId);
    void showVoided(qint64 orderId);
    QString tableName(qint64 orderId) const;

    SyncEngine& m_engine;
    OrderView* m_view;
    std::function<qint64()> m_currentOrder;
    VoidFlow* m_voidFlow;
    BillFlow* m_billFlow;
    VoidedLinesModel* m_voided;
};
