#include "StaffTilesModel.h"

#include <algorithm>

StaffTilesModel::StaffTilesModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int StaffTilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

QVariant StaffTilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Staff& member = m_staff.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return member.name.isEmpty() ? member.id : member.name;
    case Qt::ToolTipRole:
    case StaffIdRole:
        return member.id;
    case Qt::AccessibleTextRole:
        return tr("Sign in as %1").arg(member.name.isEmpty() ? member.id : member.name);
    default:
        return {};
    }
}

void StaffTilesModel::setStaff(const QList<Staff>& staff, const QStringList& recent)
{
    QList<Staff> ordered = staff;
    const auto rank = [&recent](const Staff& member) {
        const qsizetype at = recent.indexOf(member.id);
        return at < 0 ? recent.size() : at;
    };
    std::stable_sort(ordered.begin(), ordered.end(), [&rank](const Staff& a, const Staff& b) {
        const qsizetype left = rank(a);
        const qsizetype right = rank(b);
        if (left != right)
            return left < right;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (ordered == m_staff)
        return;
    beginResetModel();
    m_staff = ordered;
    endResetModel();
}

QString StaffTilesModel::staffId(int row) const
{
    return row >= 0 && row < m_staff.size() ? m_staff.at(row).id : QString();
}
