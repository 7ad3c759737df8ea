#pragma once

#include "model/Table.h"

#include <QObject>
#include <QPointer>

class BanquetFire;
class BanquetFireDialog;
class BanquetTablesModel;
class QWidget;

// One banquet fire from opening the dialog to the kitchen: counts the chosen course on the
// tables through the engine's BanquetFire part, fires what the captain confirmed and says how it
// went. The dialog stays thin; this is the only piece that talks to the part.
class BanquetFireFlow : public QObject
{
    Q_OBJECT
public:
    // `fire` must outlive this flow (the engine owns it).
    BanquetFireFlow(BanquetFire& fire, QWidget* window);
    ~BanquetFireFlow() override;

    // Opens the dialog (window-modal) for these tables and counts course 1.
    void open(const QList<Table>& tables);
    void setTables(const QList<Table>& tables);
    BanquetFireDialog* dialog() const;

Q_SIGNALS:
    // A course went: the grid and the order screens should read their orders again.
    void fired();

private:
    void count();

    BanquetFire& m_fire;
    QWidget* m_window;
    BanquetTablesModel* m_tables;
    QPointer<BanquetFireDialog> m_dialog;
};
