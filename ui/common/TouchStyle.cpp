#include "TouchStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QScroller>
#include <QScrollerProperties>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

void TouchStyle::apply(QApplication& app)
{
    QFont font = app.font();
    font.setPointSize(bodyPointSize);
    app.setFont(font);
    app.setStyleSheet(uR"(
        QPushButton, QToolButton {
            min-height: 48px; min-width: 48px; padding: 4px 14px;
            border: 2px solid #8a96a8; border-radius: 8px; background: #f4f6f9; color: #111;
        }
        QPushButton:pressed, QToolButton:pressed { background: #c9d6ea; }
        QPushButton:checked, QToolButton:checked {
            background: #1d4e89; color: white; border-color: #1d4e89;
        }
        QPushButton:disabled, QToolButton:disabled { color: #8b8b8b; background: #e6e6e6; border-color: #c4c4c4; }
        QPushButton#primary { background: #1d4e89; color: white; border-color: #123a69; font-weight: bold; }
        QPushButton#primary:pressed { background: #123a69; }
        QPushButton#primary:disabled { background: #9fb1c9; color: #eef2f7; border-color: #9fb1c9; }
        QLineEdit { min-height: 44px; padding: 2px 8px; border: 2px solid #8a96a8; border-radius: 6px; }
        QTableView, QListView { border: 1px solid #b8c0cc; gridline-color: #d5dae2; }
        QHeaderView::section { padding: 6px; font-weight: bold; background: #eef1f5; border: none;
                               border-bottom: 2px solid #b8c0cc; }
        QLabel#heading { font-size: 20pt; font-weight: bold; }
        QLabel#sectionTitle { font-size: 16pt; font-weight: bold; color: #1d2b3a; }
        QLabel#resultOk { color: #14532d; background: #dcf3e2; border: 2px solid #2f855a; border-radius: 6px; padding: 6px; }
        QLabel#resultError { color: #7f1d1d; background: #fbe1e0; border: 2px solid #b91c1c; border-radius: 6px; padding: 6px; }
        QLabel#resultInfo { color: #3b2f00; background: #fdf0c8; border: 2px solid #b7791f; border-radius: 6px; padding: 6px; }
        QLabel#offlineBanner { color: white; background: #9b1c1c; font-weight: bold; padding: 8px; }
    )"_s);
}

void TouchStyle::setUpReadOnlyRows(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(minTarget);
    table->horizontalHeader()->setHighlightSections(false);
    enableKineticScrolling(table);
}

void TouchStyle::enableKineticScrolling(QAbstractScrollArea* area)
{
    if (auto* view = qobject_cast<QAbstractItemView*>(area)) {
        // Pixel steps so that a flick moves smoothly instead of jumping by whole rows.
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    }
    QScroller::grabGesture(area->viewport(), QScroller::LeftMouseButtonGesture);
    QScroller* scroller = QScroller::scroller(area->viewport());
    QScrollerProperties properties = scroller->scrollerProperties();
    // No overshoot on short lists: a bouncing list reads as broken on a busy floor.
    properties.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    scroller->setScrollerProperties(properties);
}
