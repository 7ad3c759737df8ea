#include "CourseChips.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

CourseChips::CourseChips(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_chips(new QButtonGroup(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    m_chips->setExclusive(true);
    for (int course = 1; course <= count; ++course) {
        auto* chip = new QPushButton(QString::number(course), this);
        chip->setObjectName(u"course%1"_s.arg(course));
        chip->setCheckable(true);
        // A fingertip's size, round so that the chosen one reads at a glance.
        chip->setFixedSize(56, 56);
        chip->setStyleSheet(
            u"QPushButton { font-size: 16pt; font-weight: bold; border-radius: 28px; }"
            "QPushButton:checked { background: #1d4e89; color: white; }"_s);
        m_chips->addButton(chip, course);
        row->addWidget(chip);
    }
    row->addStretch();
    connect(m_chips, &QButtonGroup::idClicked, this, [this](int course) {
        m_course = course;
        Q_EMIT courseChosen(course);
    });
    setCourse(1);
    retranslate();
}

void CourseChips::setCourse(int course)
{
    m_course = std::clamp(course, 1, count);
    m_chips->button(m_course)->setChecked(true);
}

void CourseChips::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CourseChips::retranslate()
{
    m_label->setText(tr("Course"));
    for (QAbstractButton* chip : m_chips->buttons())
        chip->setAccessibleName(tr("Course %1").arg(m_chips->id(chip)));
}
