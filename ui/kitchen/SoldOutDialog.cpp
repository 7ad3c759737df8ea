#include "SoldOutDialog.h"

#include "SoldOutModel.h"
#include "TouchStyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

SoldOutDialog::SoldOutDialog(SoldOutModel* model, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sold out"));
    auto* hint = new QLabel(tr("Tick what has run out; waiters can no longer add it."), this);
    hint->setWordWrap(true);
    m_list = new QListView(this);
    m_list->setModel(model);
    m_list->setSpacing(4);
    m_list->setMinimumSize(360, 420);
    TouchStyle::enableKineticScrolling(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}
