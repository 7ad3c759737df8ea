#pragma once

#include "ApiMessages.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes of api-v1.md's "Voids" and "The bill", both directions; strict about types
// like JsonCodec, naming the first bad field.
class VoidCodec
{
public:
    static QJsonObject toJson(const VoidEntry& entry);
    static QJsonArray toJson(const QList<VoidEntry>& entries);
    static QJsonObject toJson(const ApprovalReply& reply);
    static QJsonObject toJson(const BillReply& reply);

    static Result<ApprovalReply> approvalReplyFromJson(const QJsonValue& value);
    static Result<BillReply> billReplyFromJson(const QJsonValue& value);
};
