#pragma once

#include "model/ApiError.h"
#include "model/ApiMessages.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// A reply as the routes produce it; the adapter writes it with whatever HTTP library runs.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Who was served, for the request log only ("-" when nobody logged in).
    QString staffId;
    // The orders this answer's write moved to a new version, for /stream once committed.
    QList<StreamMessage> moved;
    // The tickets it made and the menu items it sold out or brought back, for /stream likewise.
    QList<TicketMessage> ticketsMade;
    QList<MenuMessage> menuChanged;

    static HttpResponse json(int status, QByteArray body);
    static HttpResponse error(int status, const ApiError& error);
    static HttpResponse error(int status, ErrorCode code, const QString& message);
    static HttpResponse empty(int status);
    // A store error as the client sees it, logged: 503 `store_unavailable` when the database is
    // out of reach (worth a retry), 500 otherwise.
    static HttpResponse storageFailure(const ApiError& error);
    // The same answer, not logged: for answers a failed group commit fails, which GroupCommit
    // logs once for all of them.
    static HttpResponse storageFailureAnswer(const ApiError& error);

    HttpResponse& withHeader(QByteArray name, QByteArray value);
    // 204 and 304 carry no body and no Content-Length.
    bool hasBody() const { return status != 204 && status != 304; }
};
