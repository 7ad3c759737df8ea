#pragma once

#include "model/ErrorCodeNames.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// What came back for one request, kept whole so that a failing check can print it.
struct HttpReply
{
    int status = 0;         // 0 when no HTTP reply arrived at all
    QString transportError; // why no reply arrived, or why the connection broke
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The value of a header, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    bool hasHeader(const QByteArray& name) const
    {
        for (const auto& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }

    bool isJsonObject() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError && document.isObject();
    }

    bool isJsonReply() const { return header("Content-Type").startsWith("application/json"); }

    ErrorCode errorCode() const
    {
        return ErrorCodeNames::fromWire(json().value(QStringLiteral("error")).toString());
    }
    QString field() const { return json().value(QStringLiteral("field")).toString(); }

    // For failure messages: the status and the start of the body.
    QByteArray describe() const
    {
        QByteArray text = "HTTP " + QByteArray::number(status);
        if (!transportError.isEmpty())
            text += " (" + transportError.toUtf8() + ')';
        text += ": " + body.left(600);
        return text;
    }
};
