#include "BanquetFireButton.h"

#include "BanquetFireFlow.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

BanquetFireButton::BanquetFireButton(BanquetFire& fire, QWidget* window, QWidget* parent)
    : QPushButton(parent)
    , m_fire(fire)
    , m_window(window)
{
    setObjectName(u"banquetFire"_s);
    hide();
    connect(this, &QPushButton::clicked, this, &BanquetFireButton::open);
    retranslate();
}

void BanquetFireButton::setManagerSignedIn(bool signedIn)
{
    setVisible(signedIn);
    if (!signedIn)
        delete m_flow;
}

void BanquetFireButton::setTables(const QList<Table>& tables)
{
    m_tables = tables;
    if (m_flow)
        m_flow->setTables(tables);
}

BanquetFireFlow* BanquetFireButton::flow() const
{
    return m_flow;
}

void BanquetFireButton::open()
{
    if (!m_flow) {
        m_flow = new BanquetFireFlow(m_fire, m_window);
        connect(m_flow, &BanquetFireFlow::fired, this, &BanquetFireButton::fired);
    }
    m_flow->open(m_tables);
}

void BanquetFireButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void BanquetFireButton::retranslate()
{
    setText(tr("Fire a course for many tables…"));
}
