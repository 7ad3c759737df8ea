#pragma once

#include <QWidget>

class MenuModel;
class QButtonGroup;
class QGridLayout;
class QListView;

// The menu by category: one tap on an item asks to add it for the current seat.
class MenuPicker : public QWidget
{
    Q_OBJECT
public:
    explicit MenuPicker(MenuModel* model, QWidget* parent = nullptr);

    QListView* items() const { return m_items; }

Q_SIGNALS:
    void itemPicked(const QString& menuItemId);

private:
    void rebuildCategories();

    MenuModel* m_model;
    QGridLayout* m_categoryLayout = nullptr;
    QButtonGroup* m_categories = nullptr;
    QListView* m_items = nullptr;
};
