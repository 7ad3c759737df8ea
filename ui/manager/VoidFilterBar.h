#pragma once

#include "VoidFilterModel.h"

#include <QWidget>

class QComboBox;
class VoidReportModel;

// The void report's three filters, why, who and approved by whom, as touch-sized choices that
// set the filter model; each choice list is what the report holds.
class VoidFilterBar : public QWidget
{
    Q_OBJECT
public:
    VoidFilterBar(VoidReportModel* report, VoidFilterModel* filter, QWidget* parent = nullptr);

    void retranslate();
    // The choices again from the report's rows (a chosen one not among them stays a choice).
    void rebuildChoices();

    QComboBox* reasonFilter() const { return m_reason; }
    QComboBox* waiterFilter() const { return m_waiter; }
    QComboBox* approverFilter() const { return m_approver; }

Q_SIGNALS:
    // The manager chose another reason, waiter or approver; the filter model already shows it.
    void filterChanged();

private:
    QComboBox* combo(VoidFilterModel::By by) const;
    QString anyText(VoidFilterModel::By by) const;
    QString choiceText(VoidFilterModel::By by, const QString& key) const;

    VoidReportModel* m_report;
    VoidFilterModel* m_filter;
    QComboBox* m_reason = nullptr;
    QComboBox* m_waiter = nullptr;
    QComboBox* m_approver = nullptr;
};
