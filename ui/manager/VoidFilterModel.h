#pragma once

#include <QSortFilterProxyModel>

// The voids a manager asked for: one reason, one waiter, one approver, or any of each. Newest
// first, as the venue's log reads.
class VoidFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class By { Reason, Waiter, Approver };

    explicit VoidFilterModel(QObject* parent = nullptr);

    // Empty: any.
    void setFilter(By by, const QString& value);
    QString filter(By by) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_reason;
    QString m_waiter;
    QString m_approver;
};
