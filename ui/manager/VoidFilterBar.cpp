#include "VoidFilterBar.h"

#include "TouchStyle.h"
#include "VoidReasons.h"
#include "VoidReportModel.h"

#include <QComboBox>
#include <QHBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr VoidFilterModel::By everyFilter[] = {
    VoidFilterModel::By::Reason, VoidFilterModel::By::Waiter, VoidFilterModel::By::Approver};
}

VoidFilterBar::VoidFilterBar(VoidReportModel* report, VoidFilterModel* filter, QWidget* parent)
    : QWidget(parent)
    , m_report(report)
    , m_filter(filter)
{
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"voidReasonFilter"_s);
    m_waiter = new QComboBox(this);
    m_waiter->setObjectName(u"voidWaiterFilter"_s);
    m_approver = new QComboBox(this);
    m_approver->setObjectName(u"voidApproverFilter"_s);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (const VoidFilterModel::By by : everyFilter) {
        QComboBox* choices = combo(by);
        choices->setMinimumHeight(TouchStyle::minTarget);
        // A narrow panel shortens a choice's text rather than pushing the panel wider.
        choices->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choices->setMinimumContentsLength(4);
        connect(choices, &QComboBox::currentIndexChanged, this, [this, by, choices] {
            m_filter->setFilter(by, choices->currentData().toString());
            Q_EMIT filterChanged();
        });
        row->addWidget(choices, 1);
    }
    rebuildChoices();
}

void VoidFilterBar::retranslate()
{
    m_reason->setAccessibleName(tr("Show the voids for the reason"));
    m_waiter->setAccessibleName(tr("Show the voids of"));
    m_approver->setAccessibleName(tr("Show the voids approved by"));
    rebuildChoices();
}

void VoidFilterBar::rebuildChoices()
{
    for (const VoidFilterModel::By by : everyFilter) {
        QStringList keys = by == VoidFilterModel::By::Reason   ? m_report->reasons()
                           : by == VoidFilterModel::By::Waiter ? m_report->waiters()
                                                               : m_report->approvers();
        QComboBox* choices = combo(by);
        const QString chosen = m_filter->filter(by);
        if (!chosen.isEmpty() && !keys.contains(chosen))
            keys.append(chosen);
        std::sort(keys.begin(), keys.end(), [this, by](const QString& a, const QString& b) {
            return QString::localeAwareCompare(choiceText(by, a), choiceText(by, b)) < 0;
        });
        const QSignalBlocker blocker(choices);
        choices->clear();
        choices->addItem(anyText(by), QString());
        for (const QString& key : std::as_const(keys))
            choices->addItem(choiceText(by, key), key);
        choices->setCurrentIndex(std::max(0, choices->findData(chosen)));
    }
}

QComboBox* VoidFilterBar::combo(VoidFilterModel::By by) const
{
    return by == VoidFilterModel::By::Reason   ? m_reason
           : by == VoidFilterModel::By::Waiter ? m_waiter
                                               : m_approver;
}

QString VoidFilterBar::anyText(VoidFilterModel::By by) const
{
    switch (by) {
    case VoidFilterModel::By::Reason:
        return tr("All reasons");
    case VoidFilterModel::By::Waiter:
        return tr("All waiters");
    case VoidFilterModel::By::Approver:
        return tr("All approvers");
    }
    return {};
}

QString VoidFilterBar::choiceText(VoidFilterModel::By by, const QString& key) const
{
    return by == VoidFilterModel::By::Reason ? VoidReasons::text(key) : m_report->staffName(key);
}
