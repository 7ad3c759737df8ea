#include "BillView.h"

#include "BillModel.h"
#include "MoneyText.h"
#include "TouchStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BillView::BillView(BillModel* bill, const QString& tableName, QWidget* parent)
    : QDialog(parent)
    , m_bill(bill)
    , m_tableName(tableName)
{
    setObjectName(u"billView"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"heading"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"resultError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_table = new QTableView(this);
    m_table->setObjectName(u"billTable"_s);
    m_table->setModel(bill);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BillModel::ItemColumn, QHeaderView::Stretch);
    for (int column : {BillModel::QtyColumn, BillModel::UnitColumn, BillModel::AmountColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_print = new QPushButton(this);
    m_print->setObjectName(u"printBill"_s);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(u"pdfBill"_s);
    m_paid = new QPushButton(this);
    m_paid->setObjectName(u"primary"_s);
    m_close = new QPushButton(this);
    for (QPushButton* button : {m_print, m_pdf, m_paid, m_close})
        button->setMinimumHeight(std::max(64, TouchStyle::minTarget));
    connect(m_print, &QPushButton::clicked, this, &BillView::printRequested);
    connect(m_pdf, &QPushButton::clicked, this, &BillView::pdfRequested);
    connect(m_paid, &QPushButton::clicked, this, &BillView::confirmPaid);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_paid);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    retranslate();
}

void BillView::setBusy(bool busy)
{
    for (QPushButton* button : {m_print, m_pdf, m_paid})
        button->setEnabled(!busy);
}

void BillView::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void BillView::confirmPaid()
{
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Paid"),
        tr("Has the guest paid %1? The table's order is closed and the table is free again.")
            .arg(MoneyText::text(m_bill->bill().totalCents, m_bill->bill().currency)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        Q_EMIT paidConfirmed();
}

void BillView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BillView::retranslate()
{
    setWindowTitle(tr("Bill"));
    m_title->setText(tr("Bill — %1").arg(m_tableName));
    m_print->setText(tr("Print"));
    m_pdf->setText(tr("Save as PDF…"));
    m_paid->setText(tr("Paid"));
    m_close->setText(tr("Back to the order"));
    m_bill->retranslate();
}
