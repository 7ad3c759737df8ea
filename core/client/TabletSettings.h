#pragma once

#include "model/Staff.h"

#include <QHash>
#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

// Everything the tablet app remembers between starts, with its keys in one place. Backed by
// QSettings for the organisation and application names set in main().
class TabletSettings
{
public:
    QUrl serverUrl() const;
    void setServerUrl(const QUrl& url);

    // The SHA-256 fingerprint of the server certificate this tablet trusts; empty when none.
    QString certificateFingerprint() const;
    void setCertificateFingerprint(const QString& fingerprint);
    void forgetCertificateFingerprint();

    // The language code chosen in the app; fallback when none was chosen yet.
    QString language(const QString& fallback) const;
    void setLanguage(const QString& code);

    // The venue's staff as last read from the server, for the sign-in tiles before anyone has
    // signed in; never a PIN.
    QList<Staff> knownStaff() const;
    void setKnownStaff(const QList<Staff>& staff);
    // Staff ids, the last signed-in first (at most recentSignInsKept).
    static constexpr int recentSignInsKept = 8;
    QStringList recentSignIns() const;
    void noteSignIn(const QString& staffId);

    // Minutes without a touch after which the tablet signs its waiter out; 0 never. Set by the
    // venue's IT in the settings file (key session/idle_sign_out_minutes); not set: 5.
    static constexpr int defaultIdleSignOutMinutes = 5;
    int idleSignOutMinutes() const;

    // The digits every PIN of the venue has, so the keypad signs in at the last one; 0 when
    // PINs differ in length (then "Sign in" or Enter). Set by the venue's IT (session/pin_length).
    int pinLength() const;
    void setPinLength(int digits);

    // The width of the manager's docked history panel; 0 when never chosen.
    int historyPanelWidth() const;
    void setHistoryPanelWidth(int width);
    // A kitchen display's printer for each station (station -> printer name).
    QHash<QString, QString> stationPrinters() const;
    void setStationPrinters(const QHash<QString, QString>& printers);
    // The printer guests' bills go to, chosen with the stations' printers; empty when never
    // chosen (then the tablet's --printer, or the print dialog asks).
    QString billPrinter() const;
    void setBillPrinter(const QString& printerName);

private:
    QSettings m_settings;
};
