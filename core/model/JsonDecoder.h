#pragma once

#include "ApiMessages.h"
#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Reads every JSON shape of api-v1.md back from Qt's JSON values (what JsonCodec writes).
// Strict about types, and names the first bad field by its path; range and domain checks of
// requests are the RequestValidator's.
class JsonDecoder
{
public:
    static Result<Line> lineFromJson(const QJsonValue& value, const QString& field = {});
    static Result<Order> orderFromJson(const QJsonValue& value, const QString& field = {});
    static Result<MenuItem> menuItemFromJson(const QJsonValue& value, const QString& field = {});
    static Result<Table> tableFromJson(const QJsonValue& value, const QString& field = {});
    static Result<Event> eventFromJson(const QJsonValue& value, const QString& field = {});
    static Result<Staff> staffFromJson(const QJsonValue& value, const QString& field = {});
    static Result<LoginReply> loginReplyFromJson(const QJsonValue& value);
    static Result<CloseReply> closeReplyFromJson(const QJsonValue& value);
    static Result<ConflictReply> conflictReplyFromJson(const QJsonValue& value);
    static Result<EventsPage> eventsPageFromJson(const QJsonValue& value);
    static Result<Health> healthFromJson(const QJsonValue& value);
    // Only type "order" is known; another type is an error naming "type".
    static Result<StreamMessage> streamMessageFromJson(const QJsonValue& value);
    static Result<QList<MenuItem>> menuFromJson(const QJsonValue& value);
    static Result<MenuReply> menuReplyFromJson(const QJsonValue& value);
    static Result<QList<Table>> tablesFromJson(const QJsonValue& value);
    static Result<QList<Event>> eventsFromJson(const QJsonValue& value, const QString& field);
    // The error reply of api-v1.md, if the value is one.
    static std::optional<ApiError> errorFromJson(const QJsonValue& value);

    // A JSON number that is a whole number within the range a double holds exactly.
    static std::optional<qint64> integral(const QJsonValue& value);
    // Parses a body that must be a JSON object; the error names "body".
    static Result<QJsonObject> parseObject(const QByteArray& body);
};
