#include "WaiterMessages.h"

#include "model/ErrorCodeNames.h"
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

QString codeName(const ApiError& error)
{
    return error.code == ErrorCode::Unknown ? error.unknownCode
                                            : ErrorCodeNames::wireName(error.code);
}

// Lower-case halves that follow "Not sent: Line 2 (…):", one per field the server may name.
QString fieldProblem(const QString& field)
{
    if (field == "qty"_L1)
        return WaiterMessages::tr("the quantity must be between 1 and %1.")
            .arg(RequestValidator::maxQty);
    if (field == "seat"_L1)
        return WaiterMessages::tr("the seat number is not one of this table's seats.");
    if (field == "note"_L1)
        return WaiterMessages::tr("the note is too long (at most %1 characters).")
            .arg(RequestValidator::maxNoteLength);
    if (field == "menu_item_id"_L1)
        return WaiterMessages::tr(
            "this item is no longer on the menu; remove it and pick another.");
    if (field == "line_id"_L1)
        return WaiterMessages::tr("the line is damaged; remove it and add it again.");
    return WaiterMessages::tr("it was refused (%1).").arg(field);
}

QString invalidLines(const ApiError& error, const Lines& sent, const QList<MenuItem>& menu)
{
    static const QRegularExpression linePattern(uR"(^items\[(\d+)\]\.(\w+)$)"_s);
    const QRegularExpressionMatch match = linePattern.match(error.field);
    if (match.hasMatch()) {
        const qsizetype index = match.captured(1).toLongLong();
        QString which = WaiterMessages::tr("Line %1").arg(index + 1);
        if (index >= 0 && index < sent.size()) {
            const Line& line = sent.at(index);
            which = WaiterMessages::tr("Line %1 (%2, seat %3)")
                        .arg(index + 1)
                        .arg(itemName(line.menuItemId, menu))
                        .arg(line.seat);
        }
        return WaiterMessages::tr("Not sent: %1: %2").arg(which, fieldProblem(match.captured(2)));
    }
    if (error.field == "items"_L1)
        return WaiterMessages::tr("Not sent: an order can hold at most %n lines.", nullptr,
                                  RequestValidator::maxLines);
    return WaiterMessages::tr("Not sent: the server refused the request (%1).")
        .arg(error.field.isEmpty() ? codeName(error) : error.field);
}

} // namespace

QString WaiterMessages::sendRefused(const ApiError& error, const Lines& sent,
                                    const QList<MenuItem>& menu)
{
    const QString kept = u' ' + tr("Your items are kept on this tablet.");
    switch (error.code) {
    case ErrorCode::Unauthorized:
        return tr("Your login has expired. Please log in again; your items are kept on this "
                  "tablet.");
    case ErrorCode::NotLoggedIn:
        return tr("Please log in to send; your items are kept on this tablet.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to change this order.") + kept;
    case ErrorCode::NotFound:
        return tr("This order no longer exists. Open the table again.") + kept;
    case ErrorCode::OrderClosed:
        return tr("Not sent: this table's bill has already been closed. Your items are kept in "
                  "the draft; open the table again to add them to its new order.");
    case ErrorCode::InvalidRequest:
        return invalidLines(error, sent, menu) + kept;
    case ErrorCode::ItemUnavailable: {
        QStringList names;
        for (const QString& id : error.field.split(u',', Qt::SkipEmptyParts))
            names.append(itemName(id, menu));
        return soldOut(names);
    }
    case ErrorCode::OrderNotOpen:
        return tr("Open the table before sending.");
    case ErrorCode::SendInFlight:
        return tr("The previous send for this table is still on its way. Try again in a moment.");
    case ErrorCode::NoConflictPending:
        return tr("There is no conflict waiting for this table; send again.");
    case ErrorCode::LocalStorage:
        return tr("Not sent, and this tablet could not keep the send. Your items are still in "
                  "the draft; send again when the connection is back.");
    default:
        return tr("Not sent: %1").arg(reason(error)) + kept;
    }
}

QString WaiterMessages::soldOut(const QStringList& itemNames)
{
    return tr("Not sent: sold out now: %1. Remove it from your draft and send again; the rest "
              "of your draft is kept.")
        .arg(itemNames.join(u", "_s));
}

QString WaiterMessages::soldOutInDraft(const QString& itemName)
{
    return tr("%1 was just sold out, and your unsent draft holds it. Remove it before you send; "
              "the rest of your draft is kept.")
        .arg(itemName);
}

QString WaiterMessages::fireRefused(const ApiError& error, int course)
{
    if (error.code == ErrorCode::Unreachable)
        return tr("Course %1 is on the order but not in the kitchen yet: no connection. Tap "
                  "“Fire course %1” when the server is back.")
            .arg(course);
    return tr("Course %1 is on the order but not in the kitchen yet: %2 Tap “Fire course %1” to "
              "try again.")
        .arg(QString::number(course), reason(error));
}

QString WaiterMessages::loginRefused(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::InvalidCredentials:
        return tr("Wrong staff id or PIN. Please try again.");
    case ErrorCode::Unreachable:
        return tr("Cannot reach the server. Check that this tablet is on the venue's network.");
    case ErrorCode::TooManyAttempts:
    case ErrorCode::CertificateChanged:
    case ErrorCode::CertificateUnconfirmed:
        return reason(error);
    default:
        return tr("Cannot log in: %1").arg(reason(error));
    }
}

QString WaiterMessages::requestRefused(const ApiError& error, SyncEngine::Request request)
{
    if (error.code == ErrorCode::Unauthorized)
        return tr("Your login has expired. Please log in again.");
    switch (request) {
    case SyncEngine::Request::LoadTables:
        return tr("Cannot load the tables: %1").arg(reason(error));
    case SyncEngine::Request::LoadMenu:
        return tr("Cannot load the menu: %1").arg(reason(error));
    case SyncEngine::Request::OpenTable:
        return tr("Cannot open the table: %1").arg(reason(error));
    case SyncEngine::Request::SaveDraft:
        return tr("Could not save on this tablet; the last change may be lost. Check the order.");
    case SyncEngine::Request::LiveUpdates:
        break;
    }
    return reason(error);
}

QString WaiterMessages::reason(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::Unauthorized:
        return tr("Your login has expired. Please log in again.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to do this.");
    case ErrorCode::NotFound:
        return tr("It no longer exists on the server.");
    case ErrorCode::TooManyAttempts:
    case ErrorCode::TooManyRequests: {
        if (error.retryAfterSeconds <= 0)
            return tr("Too many attempts. Try again later.");
        const int minutes = (error.retryAfterSeconds + 59) / 60;
        return tr("Too many attempts. Try again in %n minutes.", nullptr, minutes);
    }
    case ErrorCode::Unreachable:
        return tr("The server cannot be reached.");
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::StoreUnavailable:
    case ErrorCode::InternalError:
        return tr("The server has a problem right now. Try again in a moment.");
    case ErrorCode::BadReply:
    case ErrorCode::HttpStatus:
        return tr("The server sent a reply this app cannot read.");
    case ErrorCode::LocalStorage:
        return tr("This tablet could not save its data.");
    case ErrorCode::CertificateChanged:
        return tr("The server's certificate changed: it is not the one this tablet trusts, so "
                  "the connection was refused (someone may be pretending to be the server). If "
                  "the venue really replaced it, a manager must confirm the new fingerprint %1.")
            .arg(error.field.isEmpty() ? tr("(none shown)") : error.field);
    case ErrorCode::CertificateUnconfirmed:
        return tr("This tablet does not know the server's certificate yet. A manager must "
                  "confirm its fingerprint %1 (as printed by tablesyncd) before the tablet "
                  "connects.")
            .arg(error.field);
    default:
        return tr("The server refused the request (%1).").arg(codeName(error));
    }
}
