#pragma once

#include "EventRowsModel.h"

#include "model/Event.h"

#include <QHash>

// The voids of the log as a manager's report: who voided what, why, approved by whom, and what
// it was worth (qty times the item's menu price: a void event carries no price, api-v1.md).
class VoidReportModel : public EventRowsModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TableColumn,
        ItemColumn,
        QtyColumn,
        ValueColumn,
        ReasonColumn,
        WaiterColumn,
        ApproverColumn,
        NoteColumn,
        WhatColumn, // on screen only: "2 × Lamb shank", item and qty in one narrow column
        ColumnCount
    };
    enum Role {
        SeqRole = Qt::UserRole + 1,
        ReasonRole,   // the contract's code, "wrong_item"
        WaiterRole,   // the staff id who voided
        ApproverRole, // the staff id who approved
        ValueRole,    // qint64 cents
    };

    explicit VoidReportModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Any events: only the voids among them become rows, in the order given.
    void setEvents(const QList<Event>& events);
    void appendEvents(const QList<Event>& events);
    void prependEvents(const QList<Event>& events);
    // The log let go of its oldest events: voids before this seq leave too.
    void dropBefore(qint64 seq);
    const QList<Event>& voids() const { return m_voids; }

    // Menu prices in cents by item id, and the venue's ISO 4217 currency.
    void setPrices(const QHash<QString, int>& cents, const QString& currency);
    QString currency() const { return m_currency; }

    qint64 valueOf(const Event& event) const;
    // The distinct reason codes, waiters and approvers, in first-seen order (filter choices).
    QStringList reasons() const;
    QStringList waiters() const;
    QStringList approvers() const;

private:
    QString displayText(const Event& event, int column) const;

    QList<Event> m_voids;
    QHash<QString, int> m_prices;
    QString m_currency;
};
