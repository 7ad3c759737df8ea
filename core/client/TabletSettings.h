#pragma once

#include <QHash>
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

    // A kitchen display's printer for each station (station -> printer name).
    QHash<QString, QString> stationPrinters() const;
    void setStationPrinters(const QHash<QString, QString>& printers);

private:
    QSettings m_settings;
};
