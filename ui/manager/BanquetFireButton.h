#pragma once

#include "model/Table.h"

#include <QPointer>
#include <QPushButton>

class BanquetFire;
class BanquetFireFlow;

// The managers' "Fire a course for many tables…" under the screens: shown while a manager is
// signed in, it opens the banquet fire for the venue's tables (BanquetFireFlow, made on first
// use) and lets it go at sign-out, so that nothing a manager chose stays for the next person.
class BanquetFireButton : public QPushButton
{
    Q_OBJECT
public:
    // `fire` (the engine's part) must outlive this button; the dialog opens over `window`.
    BanquetFireButton(BanquetFire& fire, QWidget* window, QWidget* parent = nullptr);

    void setManagerSignedIn(bool signedIn);
    // The tables a fire counts: those of the grid, kept current while the dialog is open.
    void setTables(const QList<Table>& tables);
    // Null until a manager opened it, and again after sign-out.
    BanquetFireFlow* flow() const;

Q_SIGNALS:
    // A course went: the grid and the open order should read their orders again.
    void fired();

protected:
    void changeEvent(QEvent* event) override;

private:
    void open();
    void retranslate();

    BanquetFire& m_fire;
    QWidget* m_window;
    QList<Table> m_tables;
    QPointer<BanquetFireFlow> m_flow;
};
