#pragma once

#include "model/Line.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// Edits one line of the draft with big buttons: quantity, seat, note, remove. A line the
// kitchen has (fired) is shown with every control off and the reason in words.
class LineEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LineEditor(QWidget* parent = nullptr);

    // No line: nothing selected, or the line is removed in the draft (removedName says which).
    void setLine(const std::optional<Line>& line, const QString& itemName, int seats,
                 const QString& removedName = {});
    QString lineId() const { return m_line ? m_line->lineId : QString(); }

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void qtyChangeRequested(const QString& lineId, int qty);
    void seatChangeRequested(const QString& lineId, int seat);
    void noteChangeRequested(const QString& lineId, const QString& note);
    void removeRequested(const QString& lineId);

private:
    QPushButton* makeStepButton(const QString& text, const QString& name);
    void retranslate();

    std::optional<Line> m_line;
    QString m_itemName;
    QString m_removedName;
    QLabel* m_qtyLabel = nullptr;
    QLabel* m_seatLabel = nullptr;
    QPushButton* m_remove = nullptr;
    int m_seats = 0;
    QLabel* m_title = nullptr;
    QLabel* m_qty = nullptr;
    QLabel* m_seat = nullptr;
    QLineEdit* m_note = nullptr;
    QList<QWidget*> m_controls;
};
