#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class HistoryFilterModel;
class QComboBox;
class QLabel;

// The history's two filters, who and what, as touch-sized choices that set the filter model.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryFilterBar(HistoryFilterModel* filter, QWidget* parent = nullptr);

    // The waiters to choose from (staff ids); a chosen one not among them stays a choice.
    void setAuthors(QStringList ids);
    void setStaffNames(const QHash<QString, QString>& names) { m_staffNames = names; }
    void retranslate();

    QComboBox* waiterFilter() const { return m_waiter; }
    QComboBox* kindFilter() const { return m_kind; }

Q_SIGNALS:
    // The manager chose another waiter or kind; the filter model already shows it.
    void filterChanged();

private:
    HistoryFilterModel* m_filter;
    QHash<QString, QString> m_staffNames;
    QLabel* m_waiterLabel = nullptr;
    QLabel* m_kindLabel = nullptr;
    QComboBox* m_waiter = nullptr;
    QComboBox* m_kind = nullptr;
};
