#pragma once

#include <QLabel>

// A bar across the top while the server cannot be reached or sends wait in the outbox.
class OfflineBanner : public QLabel
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget* parent = nullptr);

    void setOnline(bool online);
    void setWaitingSends(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    bool m_online = true;
    int m_waiting = 0;
};
