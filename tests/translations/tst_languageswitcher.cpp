#include "ConflictDialog.h"
#include "KnownConflict.h"
#include "LanguagePicker.h"
#include "LanguageSwitcher.h"
#include "LineEditor.h"
#include "LoginView.h"
#include "MenuModel.h"
#include "OfflineBanner.h"
#include "OrderLinesModel.h"
#include "OrderView.h"
#include "TableGridModel.h"
#include "TableGridView.h"

#include "ManualClock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Words that read the same in a translation as in English.
bool isSameInEveryLanguage(const QString& text)
{
    static const QStringList names{u"TableSync"_s, u"PIN"_s};
    return names.contains(text) ||
           std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// Every text a waiter can see: labels, buttons, placeholders, accessible names, table headers.
QMap<QString, QString> visibleTexts(const QWidget& root)
{
    QMap<QString, QString> texts;
    const auto add = [&texts](const QWidget* widget, const QString& what, const QString& text) {
        if (!text.isEmpty() && !isSameInEveryLanguage(text)) {
            QString key = QString::fromLatin1(widget->metaObject()->className()) + u'/' +
                          widget->objectName() + u'/' + what;
            while (texts.contains(key))
                key += u'+';
            texts.insert(key, text);
        }
    };
    const QList<QWidget*> widgets = root.findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            add(widget, u"text"_s, label->text());
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            add(widget, u"text"_s, button->text());
        if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            add(widget, u"placeholder"_s, edit->placeholderText());
        add(widget, u"accessibleName"_s, widget->accessibleName());
        if (const auto* header = qobject_cast<const QHeaderView*>(widget)) {
            for (int section = 0; section < header->count(); ++section) {
                if (!header->isSectionHidden(section))
                    add(widget, u"section"_s + QString::number(section),
                        header->model()
                            ->headerData(section, header->orientation(), Qt::DisplayRole)
                            .toString());
            }
        }
    }
    return texts;
}

} // namespace

// The tablet's screens, built once in English and switched at run time: what they show must
// change to the new language without rebuilding a widget.
class TestLanguageSwitcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyVisibleTextFollowsTheLanguage_data();
    void everyVisibleTextFollowsTheLanguage();
    void numbersAndQtTextsFollowTheLanguage_data();
    void numbersAndQtTextsFollowTheLanguage();
    void pickerSwitchesAndFollows();
    void unknownLanguageKeepsTheCurrentOne();

private:
    std::unique_ptr<LanguageSwitcher> m_switcher;
    std::unique_ptr<QWidget> m_screens;
    ManualClock m_clock;
    QList<QWidget*> m_windows;
};

void TestLanguageSwitcher::init()
{
    m_switcher = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_switcher->setLanguage(u"en"_s));

    m_screens = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_screens.get());
    auto* login = new LoginView(m_screens.get());
    login->setServerUrl({});
    layout->addWidget(login);
    auto* tables = new TableGridModel(m_clock, m_screens.get());
    auto* grid = new TableGridView(tables, m_screens.get());
    grid->setStaffName(u"Ayşe"_s);
    layout->addWidget(grid);
    auto* banner = new OfflineBanner(m_screens.get());
    banner->setOnline(false);
    banner->setWaitingSends(3);
    layout->addWidget(banner);
    auto* confirmed = new OrderLinesModel(OrderLinesModel::Part::Authoritative, m_screens.get());
    auto* pending = new OrderLinesModel(OrderLinesModel::Part::Pending, m_screens.get());
    auto* menu = new MenuModel(m_screens.get());
    auto* order = new OrderView(confirmed, pending, menu, m_screens.get());
    order->startTable(u"12"_s, 20);
    order->setVersion(4);
    layout->addWidget(order);
    m_screens->resize(1400, 2400);
    m_screens->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screens.get()));

    const KnownConflict known;
    auto* dialog = new ConflictDialog(u"12"_s, known.decision, known.events,
                                      KnownConflict::itemNames(), KnownConflict::staffNames());
    dialog->resize(1100, 800);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    m_windows = {m_screens.get(), dialog};
}

void TestLanguageSwitcher::cleanup()
{
    for (QWidget* window : std::as_const(m_windows)) {
        if (window != m_screens.get())
            delete window;
    }
    m_windows.clear();
    m_screens.reset();
    m_switcher.reset();
    QLocale::setDefault(QLocale::c());
}

void TestLanguageSwitcher::everyVisibleTextFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"tr", "de", "ru"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestLanguageSwitcher::everyVisibleTextFollowsTheLanguage()
{
    QFETCH(QString, language);
    QList<QMap<QString, QString>> english;
    for (const QWidget* window : std::as_const(m_windows))
        english.append(visibleTexts(*window));
    QVERIFY(english.at(0).size() > 30);
    QVERIFY(english.at(1).size() > 10);
    QVERIFY(english.at(0).values().contains(u"Sign in"_s));

    QVERIFY(m_switcher->setLanguage(language));
    QCoreApplication::sendPostedEvents(); // QEvent::LanguageChange reaches windows posted
    QStringList untranslated;
    for (qsizetype w = 0; w < m_windows.size(); ++w) {
        const QMap<QString, QString> now = visibleTexts(*m_windows.at(w));
        const QMap<QString, QString>& before = english.at(w);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QString shown = now.value(it.key());
            if (shown.isEmpty() || shown == it.value())
                untranslated << it.key() + u": \""_s + it.value() + u"\" → \""_s + shown + u'"';
        }
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));

    // And back: English again, exactly as before.
    QVERIFY(m_switcher->setLanguage(u"en"_s));
    QCoreApplication::sendPostedEvents();
    for (qsizetype w = 0; w < m_windows.size(); ++w)
        QCOMPARE(visibleTexts(*m_windows.at(w)), english.at(w));
}

void TestLanguageSwitcher::numbersAndQtTextsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("oneItem");
    QTest::addColumn<QString>("twoItems");
    QTest::addColumn<QString>("fiveItems");
    QTest::newRow("en") << u"en"_s << u"12.50"_s << u"1 item"_s << u"2 items"_s << u"5 items"_s;
    QTest::newRow("tr") << u"tr"_s << u"12,50"_s << u"1 ürün"_s << u"2 ürün"_s << u"5 ürün"_s;
    QTest::newRow("de") << u"de"_s << u"12,50"_s << u"1 Position"_s << u"2 Positionen"_s
                        << u"5 Positionen"_s;
    QTest::newRow("ru") << u"ru"_s << u"12,50"_s << u"1 позиция"_s << u"2 позиции"_s
                        << u"5 позиций"_s;
}

// Prices through QLocale, plural forms through the catalog, Qt's own buttons through qtbase.
void TestLanguageSwitcher::numbersAndQtTextsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, price);
    QFETCH(QString, oneItem);
    QFETCH(QString, twoItems);
    QFETCH(QString, fiveItems);
    QVERIFY(m_switcher->setLanguage(language));
    QCOMPARE(m_switcher->language(), language);

    MenuModel menu;
    menu.setItems({MenuItem{u"soup"_s, u"Soup"_s, u"Soups"_s, 1250}});
    QCOMPARE(menu.index(0).data(MenuModel::PriceTextRole).toString(), price);

    TableGridModel tables(m_clock);
    Table two;
    two.id = u"1"_s;
    two.itemCount = 2;
    Table five;
    five.id = u"2"_s;
    five.itemCount = 5;
    tables.setTables({two, five});
    QCOMPARE(tables.index(0).data(TableGridModel::ItemCountTextRole).toString(), twoItems);
    QCOMPARE(tables.index(1).data(TableGridModel::ItemCountTextRole).toString(), fiveItems);
    Table one = two;
    one.itemCount = 1;
    tables.setTables({one});
    QCOMPARE(tables.index(0).data(TableGridModel::ItemCountTextRole).toString(), oneItem);

    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
    if (language == "en"_L1) {
        QVERIFY(!m_switcher->hasQtCatalog());
        QCOMPARE(cancel, u"Cancel"_s);
    } else {
        QVERIFY2(m_switcher->hasQtCatalog(), "qtbase catalog not found (qt6-translations-l10n)");
        QVERIFY2(!cancel.isEmpty() && cancel != "Cancel"_L1, qPrintable(cancel));
    }
}

void TestLanguageSwitcher::pickerSwitchesAndFollows()
{
    LanguagePicker first(*m_switcher);
    LanguagePicker second(*m_switcher);
    QSignalSpy changed(m_switcher.get(), &LanguageSwitcher::languageChanged);
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    QCOMPARE(first.currentData().toString(), u"en"_s);

    const int russian = first.findData(u"ru"_s);
    QVERIFY(russian >= 0);
    QCOMPARE(first.itemText(russian), u"Русский"_s);
    first.setCurrentIndex(russian);
    Q_EMIT first.activated(russian);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"ru"_s);
    QCOMPARE(second.currentData().toString(), u"ru"_s);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(first.toolTip(), u"Язык"_s);
    QCOMPARE(QLocale().language(), QLocale::Russian);
}

void TestLanguageSwitcher::unknownLanguageKeepsTheCurrentOne()
{
    QVERIFY(m_switcher->setLanguage(u"de"_s));
    QVERIFY(!m_switcher->setLanguage(u"xx"_s));
    QCOMPARE(m_switcher->language(), u"de"_s);
    QCOMPARE(QCoreApplication::translate("LoginView", "Sign in"), u"Anmelden"_s);
    QCOMPARE(LanguageSwitcher::supportedLanguage(QLocale(u"de_AT"_s)), u"de"_s);
    QCOMPARE(LanguageSwitcher::supportedLanguage(QLocale(u"fr_FR"_s)), u"en"_s);
}

QTEST_MAIN(TestLanguageSwitcher)
#include "tst_languageswitcher.moc"
