#pragma once

#include "model/Clock.h"
#include "model/Staff.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>

class BanquetFireButton;
class ConflictDialog;
class QHBoxLayout;
class HistoryDock;
class HistoryPanel;
class IdleSignOut;
struct Staff;
class KitchenScreen;
class LanguageSwitcher;
class LoginView;
class MenuModel;
class OfflineBanner;
class OrderFlow;
class OrderLinesModel;
class OrderView;
class OrderVoidsAndBill;
class PageStack;
class SignInFlow;
class QTimer;
class SyncEngine;
class TableGridModel;
class TableGridView;
class UnsentWorkBanner;

// One waiter's tablet: login, then the table grid, then a table's order. The only widget that
// talks to the SyncEngine; every network wait runs in the engine, never on this thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SyncEngine& engine, Clock& clock = Clock::system(),
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Display names for staff ids, so others' lines read "Mehmet" instead of "mehmet".
    void setStaffNames(const QHash<QString, QString>& names);
    void setServerChangeAllowed(bool allowed);
    // The sign-in tiles before anyone signed in (remembered by the app); `recent` ids first.
    void setKnownStaff(const QList<Staff>& staff, const QStringList& recent);
    // Signs the waiter out after this long without a touch; 0 never.
    void setIdleSignOut(int ms);
    // The docked history panel's width a manager chose (remembered by the app); 0: a default.
    void setHistoryWidth(int width);
    IdleSignOut* idleSignOut() const { return m_idle; }
    // Offers the app's language in the window's settings bar; the switch applies at once.
    void setLanguageSwitcher(LanguageSwitcher& switcher);
    // The printer a kitchen login prints on where its station has none (`--printer NAME`).
    void setKitchenPrinter(const QString& printerName);

    LoginView* loginView() const { return m_login; }
    TableGridView* tableGridView() const { return m_grid; }
    OrderView* orderView() const { return m_order; }
    OrderVoidsAndBill* orderVoidsAndBill() const { return m_voidsAndBill; }
    OfflineBanner* offlineBanner() const { return m_banner; }
    // The manager's history dock; null while a waiter (or nobody) is signed in.
    HistoryPanel* historyPanel() const;
    TableGridModel* tableGridModel() const { return m_tableModel; }
    // The kitchen display; null until a kitchen login signed in.
    KitchenScreen* kitchenScreen() const { return m_kitchen; }
    qint64 currentOrderId() const;
    // The conflict dialog open for an order, if any.
    ConflictDialog* conflictDialog(qint64 orderId) const;
    // The managers' "Fire a course…" (banquet); hidden while no manager is signed in.
    BanquetFireButton* banquetButton() const { return m_banquetButton; }

    // Signs in as if typed on the login screen (the demo's pre-signed-in windows).
    void signIn(const QString& staffId, const QString& pin);
    void openTable(const QString& tableId, qint64 orderId);
    void showTables();

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    // The waiter chose another server in the app; the caller remembers it.
    void serverUrlChosen(const QUrl& url);
    // A manager resized the docked history panel (once the drag rests, not per step).
    void historyWidthChanged(int width);

private:
    void retranslate();
    void connectEngine();
    void connectViews();
    void showUnsentWork();
    void discardUnsentWork(const QString& staffId, const QString& reason);
    void openKitchen(const Staff& staff);
    void refreshHistory();

    SyncEngine& m_engine;
    Clock& m_clock;
    TableGridModel* m_tableModel;
    MenuModel* m_menuModel;
    OrderLinesModel* m_authoritativeLines;
    OrderLinesModel* m_pendingLines;

    OfflineBanner* m_banner = nullptr;
    UnsentWorkBanner* m_unsentWork = nullptr;
    PageStack* m_stack = nullptr;
    LoginView* m_login = nullptr;
    TableGridView* m_grid = nullptr;
    OrderView* m_order = nullptr;
    OrderVoidsAndBill* m_voidsAndBill = nullptr;
    OrderFlow* m_orders = nullptr;
    SignInFlow* m_signIn = nullptr;
    QTimer* m_tablesRefresh = nullptr;
    HistoryDock* m_history = nullptr;
    KitchenScreen* m_kitchen = nullptr;
    QString m_kitchenPrinter;
    BanquetFireButton* m_banquetButton = nullptr;
    QHBoxLayout* m_bottomRow = nullptr;

    IdleSignOut* m_idle = nullptr;
    QHash<QString, QString> m_staffNames;
    QString m_tableId;
    QString m_menuLanguage;
};
