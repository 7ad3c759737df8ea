#pragma once

#include <QDialog>

class QListView;
class SoldOutModel;

// The kitchen's sold-out list: tick an item when it runs out, untick it when it is back. Every
// tablet greys it out at once; the model sends the change, this only shows it.
class SoldOutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SoldOutDialog(SoldOutModel* model, QWidget* parent = nullptr);

private:
    QListView* m_list = nullptr;
};
