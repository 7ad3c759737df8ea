#pragma once

#include <QLabel>

struct ApiError;

// The line under a manager's history: how many events show (of how many, when filtered), after
// what went wrong last (a read, a save) in red, or what was just saved.
class HistoryStatusLine : public QLabel
{
    Q_OBJECT
public:
    explicit HistoryStatusLine(QWidget* parent = nullptr);

    void setCounts(int shown, int total);
    void showReadError(const ApiError& error);
    void showSaveError(const QString& message);
    void showSaved(const QString& path);
    // New events arrived: what went wrong before is over.
    void clearError();
    QString error() const { return m_error; }

private:
    void render();

    int m_shown = 0;
    int m_total = 0;
    QString m_error;
};
