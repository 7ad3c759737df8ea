#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;

// The tablet's printers: which printer prints each station's tickets ("No printer": the
// station's tickets are only shown), and which prints the guests' bills ("Ask each time").
class StationPrintersDialog : public QDialog
{
    Q_OBJECT
public:
    // printerNames: the printers the system offers; a chosen one missing from it is kept.
    StationPrintersDialog(const QStringList& stations, const QStringList& printerNames,
                          const QHash<QString, QString>& chosen, const QString& billPrinter,
                          QWidget* parent = nullptr);

    QHash<QString, QString> printers() const;
    // Empty: the bill asks for a printer each time.
    QString billPrinter() const;
    QComboBox* printerBox(const QString& station) const { return m_boxes.value(station); }

private:
    QComboBox* printerChoice(const QStringList& printerNames, const QString& none,
                             const QString& current);

    QHash<QString, QComboBox*> m_boxes;
    QComboBox* m_bills = nullptr;
};
