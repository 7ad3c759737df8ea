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

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildCategories();
    // Tiles as wide as the longest word of a name shown, so no word is cut ("Hähnchenspieß").
    void fitTiles();

    MenuModel* m_model;
    QGridLayout* m_categoryLayout = nullptr;
    QButtonGroup* m_categories = nullptr;
    QListView* m_items = nullptr;
    int m_tileWidth = 0;
};
