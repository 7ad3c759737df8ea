#pragma once

#include "ApiMessages.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes of api-v1.md's "Voids" and "The bill", both directions; strict about types
// like JsonDecoder, naming the first bad field.
class VoidCodec
{
public:
    static QJsonObject toJson(const VoidEntry& entry);
    static QJsonArray toJson(const QList<VoidEntry>& entries);
    static QJsonObject toJson(const ApprovalReply& reply);
    static QJsonObject toJson(const BillReply& reply);

    // A PATCH's `voids` (and the tablet's waiting ones): every entry checked as the server
    // checks it, the first bad one named ("voids[1].reason"); a line voided twice is refused.
    static Result<QList<VoidEntry>> voidsFromJson(const QJsonValue& value);
    // Appends `entry` (at `field`) unless the list already voids its line: then the error.
    static std::optional<ApiError> appendUnique(QList<VoidEntry>& voids, VoidEntry entry,
                                                const QString& field);
    // One entry, its fields named under `field` (as they are when `field` is empty).
    static Result<VoidEntry> voidFromJson(const QJsonValue& value, const QString& field);
    static Result<ApprovalReply> approvalReplyFromJson(const QJsonValue& value);
    static Result<BillReply> billReplyFromJson(const QJsonValue& value);
};
