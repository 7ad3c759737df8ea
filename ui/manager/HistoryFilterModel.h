#pragma once

#include "model/Event.h"

#include <QSortFilterProxyModel>

#include <optional>

// The history rows a manager asked for: one waiter's or everyone's, one kind or all. Rows keep
// the log's order, oldest first, or newest first for a live feed read from the top.
class HistoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HistoryFilterModel(QObject* parent = nullptr);

    // Empty: every author.
    void setAuthor(const QString& staffId);
    QString author() const { return m_author; }
    // nullopt: every kind.
    void setKind(std::optional<Event::Kind> kind);
    std::optional<Event::Kind> kind() const { return m_kind; }
    void setNewestFirst(bool newestFirst);
    bool isNewestFirst() const { return m_newestFirst; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_author;
    std::optional<Event::Kind> m_kind;
    bool m_newestFirst = false;
};
