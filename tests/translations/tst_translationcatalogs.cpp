#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Message> readCatalog(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            message = Message{context, {}, {}, {}};
        } else if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            message.forms.clear();
            // Plain translations hold text; plural ones one <numerusform> per form.
            QString text;
            while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == "translation"_L1)) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    message.forms.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (message.forms.isEmpty())
                message.forms = {text};
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslationCatalogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogMatchesTheSources_data();
    void catalogMatchesTheSources();
};

void TestTranslationCatalogs::catalogMatchesTheSources_data()
{
    QTest::addColumn<QString>("catalog");
    QTest::addColumn<bool>("pluralOnly");
    const QStringList full = QString::fromUtf8(TABLESYNC_FULL_CATALOGS).split(u'|');
    QCOMPARE(full.size(), 3); // Turkish, German, Russian
    for (const QString& catalog : full)
        QTest::newRow(qPrintable(QFileInfo(catalog).fileName())) << catalog << false;
    QTest::newRow("tablesync_en.ts (plural forms)")
        << QString::fromUtf8(TABLESYNC_PLURAL_CATALOG) << true;
}

// lupdate on today's sources into a copy: a string added to the code shows up as unfinished, a
// string gone from it as vanished; either means the catalog in the repository is out of date.
void TestTranslationCatalogs::catalogMatchesTheSources()
{
    QFETCH(QString, catalog);
    QFETCH(bool, pluralOnly);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QFileInfo(catalog).fileName());
    QVERIFY2(QFile::copy(catalog, copy), qPrintable(catalog));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments =
        QString::fromUtf8(TABLESYNC_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    if (pluralOnly)
        arguments << u"-pluralonly"_s;
    arguments << u"@"_s + QString::fromUtf8(TABLESYNC_SOURCE_LIST) << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(TABLESYNC_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60'000), "lupdate did not finish");
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             output.constData());

    QString error;
    const QList<Message> before = readCatalog(catalog, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> after = readCatalog(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!after.isEmpty());

    QStringList problems;
    for (const Message& message : after) {
        const QString where = message.context + u": \""_s + message.source + u'"';
        if (!message.type.isEmpty()) {
            problems << message.type + u" — "_s + where;
            continue;
        }
        for (const QString& form : message.forms) {
            if (form.trimmed().isEmpty())
                problems << u"empty translation — "_s + where;
            else if (placeholders(form) != placeholders(message.source))
                problems << u"placeholders differ (\""_s + form + u"\") — "_s + where;
        }
    }
    if (before.size() != after.size())
        problems << u"lupdate changed the number of messages from %1 to %2"_s.arg(before.size())
                        .arg(after.size());
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 needs `cmake --build <dir> --target update_translations` and "
                        "translating:\n  "_s.arg(QFileInfo(catalog).fileName()) +
                        problems.join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(TestTranslationCatalogs)
#include "tst_translationcatalogs.moc"
