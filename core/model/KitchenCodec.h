#pragma once

#include "ApiMessages.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes of api-v1.md's "The kitchen" and "Sold out", both directions; the rest are
// JsonCodec's and JsonDecoder's. Strict about types like JsonDecoder, naming the first bad field.
class KitchenCodec
{
public:
    static QJsonObject toJson(const TicketLine& line, Ticket::Kind kind);
    static QJsonObject toJson(const Ticket& ticket);
    static QJsonArray toJson(const Tickets& tickets);
    static QJsonObject toJson(const FireRequest& request);
    static QJsonObject toJson(const FireReply& reply);
    static QJsonObject toJson(const BanquetFireRequest& request);
    static QJsonObject toJson(const BanquetFireReply& reply);
    static QJsonObject toJson(const TicketsPage& page);
    static QJsonObject toJson(const AvailabilityRequest& request);
    static QJsonObject toJson(const TicketMessage& message);
    static QJsonObject toJson(const MenuMessage& message);

    static Result<TicketLine> ticketLineFromJson(const QJsonValue& value, const QString& field);
    static Result<Ticket> ticketFromJson(const QJsonValue& value, const QString& field = {});
    static Result<Tickets> ticketsFromJson(const QJsonValue& value, const QString& field);
    static Result<FireReply> fireReplyFromJson(const QJsonValue& value);
    static Result<BanquetFireReply> banquetFireReplyFromJson(const QJsonValue& value);
    static Result<TicketsPage> ticketsPageFromJson(const QJsonValue& value);
    // Only type "ticket"; another type is an error naming "type".
    static Result<TicketMessage> ticketMessageFromJson(const QJsonValue& value);
    // Only type "menu"; another type is an error naming "type".
    static Result<MenuMessage> menuMessageFromJson(const QJsonValue& value);

    static QString kindName(Ticket::Kind kind);
    static std::optional<Ticket::Kind> kindFromName(const QString& name);
};
