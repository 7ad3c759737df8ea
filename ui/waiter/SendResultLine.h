#pragma once

#include <QLabel>

// The line under an order that says how the last send or fire went: "Sent. The order now has
// 12 lines." in green, an error in red, a note in amber. After a Send it keeps the count in
// step with the order and shows a fire that followed under it.
class SendResultLine : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Ok, Error, Info };

    explicit SendResultLine(QWidget* parent = nullptr);

    void showResult(Kind kind, const QString& text);
    // "Sent", with the number of lines the order has; kept true as the order changes after.
    void showSent(int lineCount);
    // A course went to the kitchen; right after a Send the "Sent" line stays above it.
    void showFired(const QString& text);
    // The lines the order holds now (after a send, a merge or others' live update).
    void setLineCount(int lineCount);
    void clearResult();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSentText();

    int m_lineCount = 0;
    bool m_sentShown = false; // the text is the "Sent" one, made from m_lineCount
    QString m_firedText;      // the fire that followed the Send, shown under it
};
