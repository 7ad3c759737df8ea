#include "BanquetFireFlow.h"

#include "BanquetFireDialog.h"
#include "BanquetTablesModel.h"
#include "WaiterMessages.h"

#include "client/BanquetFire.h"

#include <QWidget>

BanquetFireFlow::BanquetFireFlow(BanquetFire& fire, QWidget* window)
    : QObject(window)
    , m_fire(fire)
    , m_window(window)
    , m_tables(new BanquetTablesModel(this))
{
    connect(&m_fire, &BanquetFire::previewed, this,
            [this](int course, const QHash<QString, int>& waiting) {
                if (!m_dialog || course != m_dialog->course())
                    return;
                m_tables->setWaiting(waiting);
                m_dialog->setBusy(false);
            });
    connect(&m_fire, &BanquetFire::fired, this, [this](int course, int lines, int tables, int) {
        Q_EMIT fired();
        if (!m_dialog)
            return;
        m_dialog->showResult(true, tr("Course %1 is in the kitchen: %2 on %3.")
                                       .arg(QString::number(course), tr("%n lines", nullptr, lines),
                                            tr("%n tables", nullptr, tables)));
        count();
    });
    connect(&m_fire, &BanquetFire::failed, this, [this](const ApiError& error) {
        if (!m_dialog)
            return;
        m_dialog->setBusy(false);
        m_dialog->showResult(false, tr("Nothing was fired: %1").arg(WaiterMessages::reason(error)));
    });
}

BanquetFireFlow::~BanquetFireFlow()
{
    // Parented to the window, the dialog would outlive the flow (a sign-out) and fire nothing.
    delete m_dialog;
}

void BanquetFireFlow::open(const QList<Table>& tables)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_tables->setTables(tables);
    m_dialog = new BanquetFireDialog(m_tables, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->resize(std::min(m_window->width() - 40, 760), std::min(m_window->height() - 40, 640));
    connect(m_dialog, &BanquetFireDialog::courseChosen, this, [this] { count(); });
    connect(m_dialog, &BanquetFireDialog::fireConfirmed, this,
            [this](int course, const QStringList& tableIds) {
                m_dialog->setBusy(true);
                m_fire.fire(course, tableIds);
            });
    m_dialog->open();
    count();
}

BanquetFireDialog* BanquetFireFlow::dialog() const
{
    return m_dialog;
}

void BanquetFireFlow::setTables(const QList<Table>& tables)
{
    if (m_dialog && tables != m_tables->tables())
        m_tables->setTables(tables);
}

void BanquetFireFlow::count()
{
    if (!m_dialog)
        return;
    m_tables->clearWaiting();
    m_dialog->setBusy(true);
    m_fire.preview(m_dialog->course(), m_tables->tables());
}
