#pragma once

#include "ApiMessages.h"
#include "Result.h"

#include <QJsonObject>
#include <QSet>

// Turns request bodies into values, or names the first bad field exactly as api-v1.md spells
// it. Server and client share it, so a tablet can refuse a draft the server would refuse.
class RequestValidator
{
public:
    static constexpr int maxLines = 500;
    static constexpr int maxQty = 99;
    static constexpr int maxNoteLength = 200;

    // The reasons a void may give, as api-v1.md spells them.
    static const QStringList& voidReasons();

    // What a PATCH is checked against: the venue's menu and the order's table.
    struct OrderContext
    {
        const QSet<QString>* menuItemIds = nullptr;
        int seats = 0;
    };

    static Result<PatchRequest> patch(const QByteArray& body, const OrderContext& context);
    static Result<PatchRequest> patch(const QJsonObject& body, const OrderContext& context);
    // A PATCH body read before its order is: every check that needs neither the menu nor the
    // table. nullopt when one fails or the body is not plain JSON; patch() above then reads it
    // again in context and names the fault. Safe on any thread.
    static std::optional<PatchRequest> patchWithoutContext(const QByteArray& body);
    // Finishes a patchWithoutContext() read with the checks that need the menu and the table:
    // the same answer as patch() on the same body.
    static Result<PatchRequest> patch(PatchRequest read, const OrderContext& context);
    static Result<CloseRequest> close(const QByteArray& body);
    static Result<LoginRequest> login(const QByteArray& body);
    // POST /approvals: the same shape as a login (the manager's id and PIN).
    static Result<LoginRequest> approval(const QByteArray& body) { return login(body); }
    // POST /orders/{id}/fire; an empty body fires every new line (the version may come as
    // If-Match). Repeated courses and line_ids count once.
    static Result<FireRequest> fire(const QByteArray& body);
    // POST /fire; unknown tables are the store's to find.
    static Result<BanquetFireRequest> banquetFire(const QByteArray& body);
    static Result<AvailabilityRequest> availability(const QByteArray& body);

    // A canonical lower-case UUID (8-4-4-4-12 hex digits), or an empty string.
    static QString canonicalLineId(const QString& text);
    // The version in an If-Match / ETag header value ("7" or W/"7"), if it is one.
    static std::optional<qint64> versionFromEntityTag(const QByteArray& header);
};
