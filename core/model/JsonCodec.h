#pragma once

#include "ApiError.h"
#include "ApiMessages.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// Every JSON shape of api-v1.md as Qt's JSON values, shared by server and client, and the wire
// names of roles, kinds and states. Reading them back is JsonDecoder's.
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

    static QString roleName(Staff::Role role);
    static std::optional<Staff::Role> roleFromName(const QString& name);
    static QString stateName(Line::State state);
    static QString kindName(Event::Kind kind);
    static std::optional<Event::Kind> kindFromName(const QString& name);

    // Compact UTF-8 JSON, as every reply is sent.
    static QByteArray encode(const QJsonObject& object);
};
