#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;

// The kitchen display's settings: which printer prints each station's tickets ("No printer":
// the station's tickets are only shown).
class StationPrintersDialog : public QDialog
{
    Q_OBJECT
public:
    // printerNames: the printers the system offers; a chosen one missing from it is kept.
    StationPrintersDialog(const QStringList& stations, const QStringList& printerNames,
                          const QHash<QString, QString>& chosen, QWidget* parent = nullptr);

    QHash<QString, QString> printers() const;
    QComboBox* printerBox(const QString& station) const { return m_boxes.value(station); }

private:
    QHash<QString, QComboBox*> m_boxes;
};
