#include "BanquetFireDialog.h"

#include "BanquetTablesModel.h"
#include "CourseChips.h"
#include "TouchStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BanquetFireDialog::BanquetFireDialog(BanquetTablesModel* tables, QWidget* parent)
    : QDialog(parent)
    , m_tables(tables)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    m_courses = new CourseChips(this);
    connect(m_courses, &CourseChips::courseChosen, this, [this](int course) {
        setCourse(course);
        Q_EMIT courseChosen(course);
    });

    m_view = new QTableView(this);
    m_view->setObjectName(u"banquetTables"_s);
    m_view->setModel(m_tables);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(TouchStyle::minTarget);
    m_view->verticalHeader()->setMinimumSectionSize(TouchStyle::minTarget);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    TouchStyle::enableKineticScrolling(m_view);
    // A tap anywhere on a row, the table's name too, picks or unpicks it: the box is too small.
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const QString id = index.data(BanquetTablesModel::TableIdRole).toString();
        // A tap on the box itself was taken by the view already: not turned back here.
        if (m_tables->isPicked(id) == m_pickedAtPress)
            m_tables->setPicked(id, !m_pickedAtPress);
    });

    m_all = new QPushButton(this);
    m_all->setObjectName(u"pickAll"_s);
    m_none = new QPushButton(this);
    m_none->setObjectName(u"pickNone"_s);
    connect(m_all, &QPushButton::clicked, this, [this] { m_tables->setAllPicked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_tables->setAllPicked(false); });
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_all);
    pickRow->addWidget(m_none);
    pickRow->addStretch();

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(u"resultInfo"_s);
    m_result->setWordWrap(true);
    m_result->hide();

    m_close = new QPushButton(this);
    m_close->setObjectName(u"cancel"_s);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_fire = new QPushButton(this);
    m_fire->setObjectName(u"primary"_s);
    m_fire->setMinimumSize(260, 64);
    connect(m_fire, &QPushButton::clicked, this, &BanquetFireDialog::askToConfirm);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_fire);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_courses);
    layout->addLayout(pickRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(m_tables, &BanquetTablesModel::pickChanged, this, &BanquetFireDialog::updateSummary);
    setCourse(1);
    retranslate();
}

void BanquetFireDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool BanquetFireDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Before the view: a press on the box goes to its delegate, with no pressed() signal.
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        const QModelIndex index =
            m_view->indexAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        m_pickedAtPress =
            m_tables->isPicked(index.data(BanquetTablesModel::TableIdRole).toString());
    }
    return QDialog::eventFilter(watched, event);
}

void BanquetFireDialog::retranslate()
{
    setWindowTitle(tr("Fire a course for many tables"));
    m_heading->setText(tr("Banquet: send one course to the kitchen"));
    m_all->setText(tr("All tables"));
    m_none->setText(tr("No tables"));
    m_close->setText(tr("Close"));
    updateSummary();
}

int BanquetFireDialog::course() const
{
    return m_courses->course();
}

void BanquetFireDialog::setCourse(int course)
{
    m_courses->setCourse(course);
    m_result->hide();
    updateSummary();
}

void BanquetFireDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateSummary();
}

void BanquetFireDialog::showResult(bool ok, const QString& text)
{
    m_result->setObjectName(ok ? u"resultOk"_s : u"resultError"_s);
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
    m_result->setText(text);
    m_result->show();
}

QString BanquetFireDialog::confirmationText() const
{
    const int lines = m_tables->linesToFire();
    const int tables = int(m_tables->tablesToFire().size());
    return tr("Send course %1 to the kitchen: %2 on %3?")
        .arg(m_courses->course())
        .arg(tr("%n lines", nullptr, lines), tr("%n tables", nullptr, tables));
}

void BanquetFireDialog::updateSummary()
{
    const int lines = m_tables->linesToFire();
    m_fire->setText(tr("Fire course %1").arg(m_courses->course()));
    m_fire->setEnabled(!m_busy && m_tables->isCounted() && lines > 0);
    if (!m_tables->isCounted())
        m_summary->setText(tr("Counting the lines of course %1…").arg(m_courses->course()));
    else if (lines == 0)
        m_summary->setText(
            tr("Nothing of course %1 waits on the picked tables.").arg(m_courses->course()));
    else
        m_summary->setText(
            tr("Ready: %1 on %2.")
                .arg(tr("%n lines", nullptr, lines),
                     tr("%n tables", nullptr, int(m_tables->tablesToFire().size()))));
}

void BanquetFireDialog::askToConfirm()
{
    const QStringList tableIds = m_tables->tablesToFire();
    if (tableIds.isEmpty())
        return;
    const int course = m_courses->course();
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Fire course %1").arg(course),
                                     confirmationText(), QMessageBox::Yes | QMessageBox::No, this);
    m_confirmation->setObjectName(u"confirmFire"_s);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation->setWindowModality(Qt::WindowModal);
    m_confirmation->button(QMessageBox::Yes)->setText(tr("Fire"));
    m_confirmation->button(QMessageBox::No)->setText(tr("Not yet"));
    m_confirmation->setDefaultButton(QMessageBox::No);
    connect(m_confirmation, &QMessageBox::finished, this, [this, course, tableIds](int answer) {
        m_confirmation = nullptr;
        if (answer == QMessageBox::Yes)
            Q_EMIT fireConfirmed(course, tableIds);
    });
    m_confirmation->open();
}
