#include "VoidReasons.h"

using namespace Qt::Literals::StringLiterals;

QString VoidReasons::text(const QString& reasonCode)
{
    if (reasonCode == "guest_changed_mind"_L1)
        return tr("Guest changed their mind");
    if (reasonCode == "wrong_item"_L1)
        return tr("Wrong item");
    if (reasonCode == "kitchen_error"_L1)
        return tr("Kitchen error");
    if (reasonCode == "quality"_L1)
        return tr("Quality");
    if (reasonCode == "other"_L1)
        return tr("Other reason");
    return reasonCode;
}
