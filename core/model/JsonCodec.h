#pragma once

#include "ApiMessages.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// Every JSON shape of api-v1.md, both directions, shared by server and client. Decoding is
// strict about types and names the first bad field; range and domain checks of requests are
// the RequestValidator's.
class JsonCodec
{
public:
    static QJsonObject toJson(const Line& line);
    static QJsonObject toJson(const Order& order);
    static QJsonObject toJson(const MenuItem& item);
    static QJsonObject toJson(const MenuReply& reply);
    static QJsonObject toJson(const Table& table);
    static QJsonObject toJson(const Event& event);
    static QJsonObject toJson(const Staff& staff);
    static QJsonObject toJson(const LoginRequest& request);
    static QJsonObject toJson(const LoginReply& reply);
    static QJsonObject toJson(const PatchRequest& request);
    static QJsonObject toJson(const CloseRequest& request);
    static QJsonObject toJson(const CloseReply& reply);
    static QJsonObject toJson(const ConflictReply& reply);
    static QJsonObject toJson(const EventsPage& page);
    static QJsonObject toJson(const Health& health);
    static QJsonObject toJson(const StreamMessage& message);
    static QJsonObject toJson(const ApiError& error);
    static QJsonArray toJson(const Lines& lines);
    static QJsonArray toJson(const QList<Event>& events);

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
    static QString roleName(Staff::Role role);
    static std::optional<Staff::Role> roleFromName(const QString& name);
    static QString stateName(Line::State state);
    static QString kindName(Event::Kind kind);
    static std::optional<Event::Kind> kindFromName(const QString& name);

    // Compact UTF-8 JSON, as every reply is sent.
    static QByteArray encode(const QJsonObject& object);
    // Parses a body that must be a JSON object; the error names "body".
    static Result<QJsonObject> parseObject(const QByteArray& body);
};
