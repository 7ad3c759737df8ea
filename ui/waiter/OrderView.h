#pragma once

#include "OrderLinesTable.h"
#include "SendResultLine.h"

#include "model/Line.h"

#include <QWidget>

#include <optional>

class CourseChips;
class LineEditor;
class MenuModel;
class MenuPicker;
class OrderLinesModel;
class QAbstractItemModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class VoidedLinesTable;

// One table's order: the authoritative lines, this waiter's pending changes with their sync
// state, the menu to add from, an editor for the selected line, and Send.
class OrderView : public QWidget
{
    Q_OBJECT
public:
    using Result = SendResultLine::Kind;

    OrderView(OrderLinesModel* authoritative, OrderLinesModel* pending, MenuModel* menu,
              QWidget* parent = nullptr);

    // A newly opened table: clears the selection and the last result.
    void startTable(const QString& tableName, int seats);
    // The same table with fresh details.
    void setTable(const QString& tableName, int seats);
    void setVersion(qint64 version);
    // The draft as it stands, so the editor shows the selected line's current values.
    void setDraft(const Lines& draft);
    // Progress appears only when the wait lasts longer than a moment.
    void setBusy(bool busy);
    void showResult(Result kind, const QString& text);
    // "Sent", with the number of lines the order has; kept true as the order changes after.
    void showSent(int lineCount);
    // The lines the order holds now (after a send, a merge or others' live update).
    void setLineCount(int lineCount);
    void clearResult();
    // A course went to the kitchen; right after a Send the "Sent" line stays above it.
    void showFired(const QString& text);
    // Another waiter changed this order while this one has unsent edits: said in words at the
    // top until the edits are sent or dropped.
    void setOthersChanged(bool changed);
    QLabel* othersChangedBanner() const { return m_othersChanged; }
    // The lines voided since the order was read: shown struck through while there are any.
    void setVoidedModel(QAbstractItemModel* voided);
    QTableView* voidedTable() const;
    QPushButton* billButton() const { return m_bill; }

    int currentSeat() const { return m_seat; }
    void setCurrentSeat(int seat);
    // The course new lines join (the chips; 1 until the waiter picks another).
    int currentCourse() const;
    void setCurrentCourse(int course);
    // The lowest course whose lines are on the order but not in the kitchen, and how many
    // lines it has; "Fire course N" shows only while there is one.
    void setWaitingCourse(std::optional<int> course, int lines);
    QString selectedLineId() const { return m_selectedLineId; }
    void selectLine(const QString& lineId);

    QTableView* authoritativeTable() const { return m_authoritativeTable; }
    QTableView* pendingTable() const { return m_pendingTable; }
    MenuPicker* menuPicker() const { return m_menuPicker; }
    LineEditor* lineEditor() const { return m_editor; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* fireButton() const { return m_fire; }

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void backRequested();
    void addRequested(const QString& menuItemId, int seat, int course);
    void fireCourseRequested(int course);
    void qtyChangeRequested(const QString& lineId, int qty);
    void seatChangeRequested(const QString& lineId, int seat);
    void noteChangeRequested(const QString& lineId, const QString& note);
    void removeRequested(const QString& lineId);
    void voidRequested(const QString& lineId);
    void billRequested();
    void sendRequested();
    void discardRequested();

private:
    void updateEditor();
    void updateSendState();
    void updateFireButton();
    void retranslate();

    OrderLinesModel* m_authoritative;
    OrderLinesModel* m_pending;
    MenuModel* m_menu;
    Lines m_draft;
    QString m_selectedLineId;
    int m_seats = 0;
    int m_seat = 1;
    std::optional<int> m_waitingCourse;
    int m_waitingLines = 0;
    bool m_busy = false;
    qint64 m_shownVersion = 0;

    QPushButton* m_back = nullptr;
    QLabel* m_authoritativeTitle = nullptr;
    QPushButton* m_currentSeatLess = nullptr;
    QPushButton* m_currentSeatMore = nullptr;
    QLabel* m_addFor = nullptr;
    CourseChips* m_courses = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_version = nullptr;
    OrderLinesTable* m_authoritativeTable = nullptr;
    OrderLinesTable* m_pendingTable = nullptr;
    VoidedLinesTable* m_voidedTable = nullptr;
    QPushButton* m_bill = nullptr;
    QLabel* m_pendingTitle = nullptr;
    QLabel* m_pendingEmpty = nullptr;
    LineEditor* m_editor = nullptr;
    MenuPicker* m_menuPicker = nullptr;
    QLabel* m_seatLabel = nullptr;
    SendResultLine* m_result = nullptr;
    QLabel* m_othersChanged = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_fire = nullptr;
    QPushButton* m_discard = nullptr;
    QTimer* m_busyDelay = nullptr;
};
