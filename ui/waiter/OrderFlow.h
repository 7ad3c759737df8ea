#pragma once

#include "merge/RebaseDecision.h"
#include "model/Event.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ConflictDialog;
class MenuModel;
class OrderLinesModel;
class OrderView;
class QWidget;
class SyncEngine;

// The open table's order: fills the order screen from the engine, hands its taps to the
// engine and asks the waiter about conflicts. The window only switches to it and back.
class OrderFlow : public QObject
{
    Q_OBJECT
public:
    OrderFlow(SyncEngine& engine, OrderView& view, OrderLinesModel& authoritative,
              OrderLinesModel& pending, MenuModel& menu, QWidget& window);

    // The order the screen shows; 0 while none is open.
    qint64 orderId() const { return m_orderId; }
    void open(qint64 orderId);
    void close();
    // The table's name and seats came again (a rename, a live update).
    void refreshTable();
    void setStaffNames(const QHash<QString, QString>& names) { m_staffNames = names; }
    // The conflict dialog open for an order, if any.
    ConflictDialog* conflictDialog(qint64 orderId) const;

    QString tableName(qint64 orderId) const;
    int tableSeats(qint64 orderId) const;

Q_SIGNALS:
    // The screen shows another order now (0: none); what belonged to the last one goes.
    void orderShown(qint64 orderId);

private:
    void connectEngine();
    void connectView();
    void reload();
    void onConflict(qint64 orderId, const RebaseDecision& decision,
                    const QList<Event>& theirEvents);
    void announceSoldOut(const QString& menuItemId);

    SyncEngine& m_engine;
    OrderView& m_view;
    OrderLinesModel& m_authoritative;
    OrderLinesModel& m_pending;
    MenuModel& m_menu;
    QWidget& m_window;
    qint64 m_orderId = 0;
    QHash<QString, QString> m_staffNames;
    QHash<qint64, QPointer<ConflictDialog>> m_conflicts;
};
