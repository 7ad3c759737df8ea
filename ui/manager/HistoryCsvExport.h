#pragma once

#include "model/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QWidget;

// The history panel's "Export CSV…": the tables on screen in one text, each after an empty line
// (the log first, written even when empty), saved where the manager chooses.
class HistoryCsvExport : public QObject
{
    Q_OBJECT
public:
    struct Section
    {
        const QAbstractItemModel* model = nullptr;
        QList<int> columns; // in this order; empty: all of the model's
    };
    using Sections = std::function<QList<Section>()>;

    // `shown` says what is on screen when the text is made; the dialog opens over `parent`.
    HistoryCsvExport(Sections shown, QWidget* parent);

    QString text() const;
    Result<void> saveTo(const QString& path) const;
    // Asks where, suggesting a name after `tableName` (the whole venue's when empty), and saves.
    void ask(const QString& tableName);
    static QString suggestedFileName(const QString& tableName);

Q_SIGNALS:
    void saved(const QString& path);
    void saveFailed(const QString& message);

private:
    Sections m_shown;
};
