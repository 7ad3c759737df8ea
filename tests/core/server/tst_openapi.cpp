#include "JsonKeys.h"
#include "KitchenFire.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonCodec.h"
#include "model/KitchenCodec.h"
#include "server/VenueServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The served OpenAPI document and the server agree: every route the server answers is in the
// document, every operation in the document is answered, and api-v1.md's routes are in both.
class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentIsServed();
    void contractRoutesAreServedAndDocumented_data();
    void contractRoutesAreServedAndDocumented();
    void everyServedRouteIsDocumented();
    void everyDocumentedOperationIsAnswered();
    void streamMessagesAreDocumented_data();
    void streamMessagesAreDocumented();

private:
    // "/api/v1/orders/{orderId}" and "/api/v1/orders/{id}" are the same route.
    static QString normalized(const QString& path);
    QSet<QString> documentedOperations() const;
    QString concrete(const QString& path) const;

    ServerFixture m_fixture;
    QJsonObject m_document;
    qint64 m_orderId = 0;
    qint64 m_ticketId = 0;
};

void TestOpenApi::initTestCase()
{
    QVERIFY_OK(m_fixture.start());
    const HttpReply reply = m_fixture.http().get(u"/api/v1/openapi.json"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    m_document = reply.json();
    Result<QByteArray> token = m_fixture.token(u"selin"_s);
    QVERIFY_OK(token);
    const Result<Table> table = m_fixture.table(u"12"_s, token.value());
    QVERIFY_OK(table);
    m_orderId = table->orderId;
    // A ticket of table 13's, for the bump route.
    const Result<QList<qint64>> tickets =
        KitchenFire::fireLine(m_fixture, u"13"_s, u"soup-lentil"_s);
    QVERIFY_OK(tickets);
    QVERIFY(!tickets->isEmpty());
    m_ticketId = tickets->first();
}

QString TestOpenApi::normalized(const QString& path)
{
    static const QRegularExpression parameter(u"\\{[^}]*\\}"_s);
    QString result = path;
    return result.replace(parameter, u"{}"_s);
}

QSet<QString> TestOpenApi::documentedOperations() const
{
    static const QSet<QString> methods{u"get"_s,     u"put"_s,  u"post"_s,  u"delete"_s,
                                       u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};
    QSet<QString> operations;
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto operation = item.begin(); operation != item.end(); ++operation) {
            if (methods.contains(operation.key()))
                operations.insert(operation.key().toUpper() + u' ' + normalized(path.key()));
        }
    }
    return operations;
}

QString TestOpenApi::concrete(const QString& path) const
{
    // The path parameter of each route: a menu item, a ticket, else the order.
    QString result = path;
    if (path.startsWith(u"/api/v1/menu/"_s))
        result.replace(u"{}"_s, u"soup-lentil"_s);
    if (path.startsWith(u"/api/v1/kitchen/tickets/"_s))
        result.replace(u"{}"_s, QString::number(m_ticketId));
    static const QRegularExpression parameter(u"\\{[^}]*\\}"_s);
    return result.replace(parameter, QString::number(m_orderId));
}

void TestOpenApi::documentIsServed()
{
    const HttpReply reply = m_fixture.http().get(u"/api/v1/openapi.json"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.isJsonReply());
    QVERIFY(m_document.value(u"openapi"_s).toString().startsWith(u"3.0"_s));
    QVERIFY(!m_document.value(u"info"_s).toObject().value(u"title"_s).toString().isEmpty());
    QVERIFY(!m_document.value(u"info"_s).toObject().value(u"version"_s).toString().isEmpty());
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    QVERIFY(!paths.isEmpty());
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        QVERIFY2(path.key().startsWith(u'/'), qPrintable(path.key()));
        const QJsonObject item = path.value().toObject();
        for (auto operation = item.begin(); operation != item.end(); ++operation) {
            if (operation.key() == "parameters"_L1 || operation.key() == "summary"_L1 ||
                operation.key() == "description"_L1)
                continue;
            QVERIFY2(operation.value().toObject().value(u"responses"_s).isObject(),
                     qPrintable(operation.key() + u' ' + path.key() + u" has no responses"_s));
        }
    }
}

void TestOpenApi::contractRoutesAreServedAndDocumented_data()
{
    QTest::addColumn<QString>("operation");
    for (const char* operation :
         {"GET /api/v1/health", "GET /api/v1/openapi.json", "POST /api/v1/login",
          "POST /api/v1/logout", "GET /api/v1/menu", "GET /api/v1/tables", "GET /api/v1/staff",
          "GET /api/v1/orders/{}", "PATCH /api/v1/orders/{}", "POST /api/v1/orders/{}/close",
          "GET /api/v1/orders/{}/events", "GET /api/v1/stream", "GET /api/v1/events",
          "GET /api/v1/events/latest", "POST /api/v1/orders/{}/fire", "POST /api/v1/fire",
          "GET /api/v1/kitchen/tickets", "POST /api/v1/kitchen/tickets/{}/bump",
          "PUT /api/v1/menu/{}/availability", "POST /api/v1/approvals",
          "GET /api/v1/orders/{}/bill"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void TestOpenApi::contractRoutesAreServedAndDocumented()
{
    QFETCH(QString, operation);
    QSet<QString> served;
    for (const auto& [method, path] : VenueServer::routeTable())
        served.insert(QString::fromLatin1(method) + u' ' + normalized(path));
    QVERIFY2(served.contains(operation), "missing from VenueServer::routeTable()");
    QVERIFY2(documentedOperations().contains(operation), "missing from openapi.json");
}

void TestOpenApi::everyServedRouteIsDocumented()
{
    const QSet<QString> documented = documentedOperations();
    const QList<QPair<QByteArray, QString>> routes = VenueServer::routeTable();
    QSet<QString> served;
    for (const auto& [method, path] : routes) {
        const QString operation = QString::fromLatin1(method) + u' ' + normalized(path);
        QVERIFY2(documented.contains(operation), qPrintable(operation));
        QVERIFY2(!served.contains(operation), qPrintable(operation + u" is served twice"_s));
        served.insert(operation);
    }
    // Each documented operation is served too, so the two lists are the same routes.
    QCOMPARE(served.size(), documented.size());
}

// Answered means: neither 404 (no such path) nor 405 (no such method). Each request has its
// own token, so logout does not end the others.
void TestOpenApi::everyDocumentedOperationIsAnswered()
{
    const QSet<QString> operations = documentedOperations();
    QVERIFY(!operations.isEmpty());
    for (const QString& operation : operations) {
        const qsizetype space = operation.indexOf(u' ');
        const QByteArray method = operation.left(space).toLatin1();
        const QString path = concrete(operation.mid(space + 1));
        Result<QByteArray> token = m_fixture.token(u"selin"_s);
        QVERIFY_OK(token);
        const HttpReply reply =
            m_fixture.http().send(method, path, {}, {HttpTestClient::bearer(token.value())});
        QVERIFY2(reply.status != 0 && reply.status != 404 && reply.status != 405,
                 qPrintable(operation + u": "_s + QString::fromUtf8(reply.describe())));
    }
}

// Each message the stream sends has its schema in StreamMessage's oneOf: its "type" enum, and
// exactly the members the server's codec writes as its properties, all of them required.
void TestOpenApi::streamMessagesAreDocumented_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QJsonObject>("message");
    QTest::newRow("order") << u"OrderStreamMessage"_s
                           << JsonCodec::toJson(StreamMessage{u"order"_s, 34, u"12"_s, 8});
    QTest::newRow("ticket") << u"TicketStreamMessage"_s
                            << KitchenCodec::toJson(
                                   TicketMessage{17, u"hot"_s, 34, Ticket::Kind::Fire});
    QTest::newRow("menu") << u"MenuStreamMessage"_s
                          << KitchenCodec::toJson(MenuMessage{u"lamb-shank"_s, false});
}

void TestOpenApi::streamMessagesAreDocumented()
{
    QFETCH(QString, schema);
    QFETCH(QJsonObject, message);
    const QJsonObject schemas =
        m_document.value(u"components"_s).toObject().value(u"schemas"_s).toObject();
    QStringList alternatives;
    const QJsonArray oneOf =
        schemas.value(u"StreamMessage"_s).toObject().value(u"oneOf"_s).toArray();
    for (const QJsonValue& alternative : oneOf)
        alternatives.append(alternative.toObject().value(u"$ref"_s).toString());
    QVERIFY2(alternatives.contains(u"#/components/schemas/"_s + schema),
             qPrintable(alternatives.join(u", "_s)));

    const QJsonObject documented = schemas.value(schema).toObject();
    const QJsonObject properties = documented.value(u"properties"_s).toObject();
    QCOMPARE(keysOf(properties), keysOf(message));
    QSet<QString> required;
    for (const QJsonValue& name : documented.value(u"required"_s).toArray())
        required.insert(name.toString());
    QCOMPARE(required, keysOf(message));
    const QJsonArray types = properties.value(u"type"_s).toObject().value(u"enum"_s).toArray();
    QCOMPARE(types, QJsonArray{message.value(u"type"_s)});
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
