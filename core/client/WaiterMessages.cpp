#include "WaiterMessages.h"

#include "model/RequestValidator.h"

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
        return u"the quantity must be between 1 and "_s +
               QString::number(RequestValidator::maxQty) + u'.';
    if (field == "seat"_L1)
        return u"the seat number is not one of this table's seats."_s;
    if (field == "note"_L1)
        return u"the note is too long (at most "_s +
               QString::number(RequestValidator::maxNoteLength) + u" characters)."_s;
    if (field == "menu_item_id"_L1)
        return u"this item is no longer on the menu; remove it and pick another."_s;
    if (field == "line_id"_L1)
        return u"the line is damaged; remove it and add it again."_s;
    return u"it was refused ("_s + field + u")."_s;
}

} // namespace

QString WaiterMessages::sendRefused(const ApiError& error, const Lines& sent,
                                    const QList<MenuItem>& menu)
{
    const QString kept = u" Your items are kept on this tablet."_s;
    if (error.code == "unauthorized"_L1)
        return loginExpired();
    if (error.code == "forbidden"_L1)
        return u"You are not allowed to change this order."_s + kept;
    if (error.code == "not_found"_L1)
        return u"This order no longer exists. Open the table again."_s + kept;
    if (error.code == "invalid_request"_L1) {
        static const QRegularExpression linePattern(uR"(^items\[(\d+)\]\.(\w+)$)"_s);
        const QRegularExpressionMatch match = linePattern.match(error.field);
        if (match.hasMatch()) {
            const qsizetype index = match.captured(1).toLongLong();
            QString which = u"Line "_s + QString::number(index + 1);
            if (index >= 0 && index < sent.size()) {
                const Line& line = sent.at(index);
                which += u" ("_s + itemName(line.menuItemId, menu) + u", seat "_s +
                         QString::number(line.seat) + u')';
            }
            return u"Not sent: "_s + which + u": "_s + fieldProblem(match.captured(2)) + kept;
        }
        if (error.field == "items"_L1)
            return u"Not sent: an order can hold at most "_s +
                   QString::number(RequestValidator::maxLines) + u" lines."_s + kept;
        return u"Not sent: the server refused the request ("_s + error.message + u")."_s + kept;
    }
    return u"Not sent: "_s + error.message + kept;
}

QString WaiterMessages::orderClosed()
{
    return u"Not sent: this table's bill has already been closed. Your items are kept in the "
           "draft; open the table again to add them to its new order."_s;
}

QString WaiterMessages::loginRefused(const ApiError& error)
{
    if (error.code == "invalid_credentials"_L1)
        return u"Wrong staff id or PIN. Please try again."_s;
    if (error.code == "too_many_attempts"_L1)
        return error.message;
    return u"Cannot log in: "_s + error.message;
}

QString WaiterMessages::loginExpired()
{
    return u"Your login has expired. Please log in again; your items are kept on this tablet."_s;
}

QString WaiterMessages::readRefused(const ApiError& error, const QString& what)
{
    if (error.code == "unauthorized"_L1)
        return u"Your login has expired. Please log in again."_s;
    return u"Cannot "_s + what + u": "_s + error.message;
}
