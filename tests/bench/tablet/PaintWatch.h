#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

// Notices the first paint of a widget once a condition holds (for example "the grid has 60
// tiles"). seen() turns true while the paint is being delivered, inside the event that paints
// the whole window; returning to the event loop after that means the frame was drawn.
class PaintWatch : public QObject
{
    Q_OBJECT
public:
    explicit PaintWatch(QWidget* widget, std::function<bool()> ready = {},
                        QObject* parent = nullptr);

    bool seen() const { return m_seen; }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_widget;
    std::function<bool()> m_ready;
    bool m_seen = false;
};
