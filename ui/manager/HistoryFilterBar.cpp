#include "HistoryFilterBar.h"

#include "HistoryFilterModel.h"
#include "HistoryModel.h"
#include "TouchStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int allKinds = -1;
}

HistoryFilterBar::HistoryFilterBar(HistoryFilterModel* filter, QWidget* parent)
    : QWidget(parent)
    , m_filter(filter)
{
    m_waiter = new QComboBox(this);
    m_waiter->setObjectName(u"waiterFilter"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->addItem({}, allKinds);
    for (const Event::Kind kind :
         {Event::Kind::Add, Event::Kind::Remove, Event::Kind::Change, Event::Kind::Conflict,
          Event::Kind::Close, Event::Kind::Fire, Event::Kind::Void})
        m_kind->addItem({}, int(kind));
    for (QComboBox* combo : {m_waiter, m_kind}) {
        combo->setMinimumHeight(TouchStyle::minTarget);
        // A narrow panel shortens a choice's text rather than pushing the panel wider.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    connect(m_waiter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setAuthor(m_waiter->currentData().toString());
        Q_EMIT filterChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_filter->setKind(kind == allKinds ? std::nullopt
                                           : std::optional<Event::Kind>(Event::Kind(kind)));
        Q_EMIT filterChanged();
    });

    m_waiterLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_waiterLabel);
    row->addWidget(m_waiter, 1);
    row->addSpacing(8);
    row->addWidget(m_kindLabel);
    row->addWidget(m_kind, 1);
}

void HistoryFilterBar::retranslate()
{
    m_waiterLabel->setText(tr("Who"));
    m_kindLabel->setText(tr("What"));
    m_waiter->setAccessibleName(tr("Show the events of"));
    m_kind->setAccessibleName(tr("Show events of the kind"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, HistoryModel::kindText(Event::Kind(m_kind->itemData(i).toInt())));
    if (m_waiter->count() > 0)
        m_waiter->setItemText(0, tr("All waiters"));
}

void HistoryFilterBar::setAuthors(QStringList ids)
{
    const QString chosen = m_waiter->currentData().toString();
    if (!chosen.isEmpty() && !ids.contains(chosen))
        ids.append(chosen);
    std::sort(ids.begin(), ids.end(), [this](const QString& a, const QString& b) {
        return QString::localeAwareCompare(m_staffNames.value(a, a), m_staffNames.value(b, b)) < 0;
    });
    const QSignalBlocker blocker(m_waiter);
    m_waiter->clear();
    m_waiter->addItem(tr("All waiters"), QString());
    for (const QString& id : std::as_const(ids))
        m_waiter->addItem(m_staffNames.value(id, id), id);
    m_waiter->setCurrentIndex(std::max(0, m_waiter->findData(chosen)));
}
