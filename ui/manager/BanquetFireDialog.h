#pragma once

#include <QDialog>

class BanquetTablesModel;
class CourseChips;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

// A banquet captain fires one course for many tables at once: pick the course and the tables
// (all by default), read how many lines on how many tables will go, confirm. It only asks;
// MainWindow counts through the engine (courseChosen) and fires (fireConfirmed).
class BanquetFireDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BanquetFireDialog(BanquetTablesModel* tables, QWidget* parent = nullptr);

    int course() const;
    void setCourse(int course);
    // While counting or firing, Fire waits.
    void setBusy(bool busy);
    void showResult(bool ok, const QString& text);
    // "Send course 2 to the kitchen: 14 lines on 3 tables?"
    QString confirmationText() const;
    // The open confirmation, or null.
    QMessageBox* confirmation() const { return m_confirmation; }

Q_SIGNALS:
    void courseChosen(int course);
    void fireConfirmed(int course, const QStringList& tableIds);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateSummary();
    void askToConfirm();

    BanquetTablesModel* m_tables;
    bool m_busy = false;
    bool m_pickedAtPress = false; // the tapped table's pick when the finger went down
    QLabel* m_heading = nullptr;
    CourseChips* m_courses = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_all = nullptr;
    QPushButton* m_none = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_fire = nullptr;
    QPushButton* m_close = nullptr;
    QMessageBox* m_confirmation = nullptr;
};
