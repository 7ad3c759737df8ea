#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

// "Course  (1) (2) (3) (4) (5)": one round chip per course, one of them chosen. The waiter
// picks where the next dish goes with it, the banquet captain what to fire.
class CourseChips : public QWidget
{
    Q_OBJECT
public:
    // A banquet rarely has more; the contract allows up to 9.
    static constexpr int count = 5;

    explicit CourseChips(QWidget* parent = nullptr);

    int course() const { return m_course; }
    // Chooses `course` (kept within 1..count) without emitting courseChosen.
    void setCourse(int course);

Q_SIGNALS:
    // The user tapped a chip.
    void courseChosen(int course);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    int m_course = 1;
    QLabel* m_label = nullptr;
    QButtonGroup* m_chips = nullptr;
};
