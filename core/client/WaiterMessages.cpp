#include "WaiterMessages.h"

#include "model/RequestValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

QString itemName(const QString& menuItemId, const QList<MenuItem>& menu)
{
    for (const MenuItem& item : menu) {
        if (item.id == menuItemId)
            return item.name;
    }
    return menuItemId;
}

QString fieldProblem(const QString& field)
{
    if (field == "qty"_L1)
        return QCoreApplication::translate("WaiterMessages",
                                           "the quantity must be between 1 and %1.")
            .arg(RequestValidator::maxQty);
    if (field == "seat"_L1)
        return QCoreApplication::translate("WaiterMessages",
                                           "the seat number is not one of this table's seats.");
    if (field == "note"_L1)
        return QCoreApplication::translate("WaiterMessages",
                                           "the note is too long (at most %1 characters).")
            .arg(RequestValidator::maxNoteLength);
    if (field == "menu_item_id"_L1)
        return QCoreApplication::translate(
            "WaiterMessages", "this item is no longer on the menu; remove it and pick another.");
    if (field == "line_id"_L1)
        return QCoreApplication::translate("WaiterMessages",
                                           "the line is damaged; remove it and add it again.");
    return QCoreApplication::translate("WaiterMessages", "it was refused (%1).").arg(field);
}

} // namespace

QString WaiterMessages::sendRefused(const ApiError& error, const Lines& sent,
                                    const QList<MenuItem>& menu)
{
    // In the app's language: the tablet installs the catalog holding context "WaiterMessages".
    const QString kept =
        u' ' + QCoreApplication::translate("WaiterMessages", "Your items are kept on this tablet.");
    if (error.code == "unauthorized"_L1)
        return loginExpired();
    if (error.code == "forbidden"_L1)
        return QCoreApplication::translate("WaiterMessages",
                                           "You are not allowed to change this order.") +
               kept;
    if (error.code == "not_found"_L1)
        return QCoreApplication::translate("WaiterMessages",
                                           "This order no longer exists. Open the table again.") +
               kept;
    if (error.code == "invalid_request"_L1) {
        static const QRegularExpression linePattern(uR"(^items\[(\d+)\]\.(\w+)$)"_s);
        const QRegularExpressionMatch match = linePattern.match(error.field);
        if (match.hasMatch()) {
            const qsizetype index = match.captured(1).toLongLong();
            QString which = QCoreApplication::translate("WaiterMessages", "Line %1").arg(index + 1);
            if (index >= 0 && index < sent.size()) {
                const Line& line = sent.at(index);
                which = QCoreApplication::translate("WaiterMessages", "Line %1 (%2, seat %3)")
                            .arg(index + 1)
                            .arg(itemName(line.menuItemId, menu))
                            .arg(line.seat);
            }
            return QCoreApplication::translate("WaiterMessages", "Not sent: %1: %2")
                       .arg(which, fieldProblem(match.captured(2))) +
                   kept;
        }
        if (error.field == "items"_L1)
            return QCoreApplication::translate("WaiterMessages",
                                               "Not sent: an order can hold at most %1 lines.")
                       .arg(RequestValidator::maxLines) +
                   kept;
        return QCoreApplication::translate("WaiterMessages",
                                           "Not sent: the server refused the request (%1).")
                   .arg(error.message) +
               kept;
    }
    return QCoreApplication::translate("WaiterMessages", "Not sent: %1").arg(error.message) + kept;
}

QString WaiterMessages::orderClosed()
{
    return QCoreApplication::translate(
        "WaiterMessages", "Not sent: this table's bill has already been closed. Your items are "
                          "kept in the draft; open the table again to add them to its new order.");
}

QString WaiterMessages::loginRefused(const ApiError& error)
{
    if (error.code == "invalid_credentials"_L1)
        return QCoreApplication::translate("WaiterMessages",
                                           "Wrong staff id or PIN. Please try again.");
    if (error.code == "too_many_attempts"_L1)
        return error.message;
    return QCoreApplication::translate("WaiterMessages", "Cannot log in: %1").arg(error.message);
}

QString WaiterMessages::loginExpired()
{
    return QCoreApplication::translate("WaiterMessages",
                                       "Your login has expired. Please log in again; your items "
                                       "are kept on this tablet.");
}

QString WaiterMessages::readRefused(const ApiError& error, const QString& what)
{
    if (error.code == "unauthorized"_L1)
        return QCoreApplication::translate("WaiterMessages",
                                           "Your login has expired. Please log in again.");
    return QCoreApplication::translate("WaiterMessages", "Cannot %1: %2").arg(what, error.message);
}
