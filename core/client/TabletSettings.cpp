#include "TabletSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString serverUrlKey = u"server/url"_s;
const QString certificateKey = u"server/certificate_sha256"_s;
const QString languageKey = u"ui/language"_s;
const QString stationPrintersGroup = u"kitchen/printers"_s;

} // namespace

QUrl TabletSettings::serverUrl() const
{
    return m_settings.value(serverUrlKey).toUrl();
}

void TabletSettings::setServerUrl(const QUrl& url)
{
    m_settings.setValue(serverUrlKey, url);
}

QString TabletSettings::certificateFingerprint() const
{
    return m_settings.value(certificateKey).toString();
}

void TabletSettings::setCertificateFingerprint(const QString& fingerprint)
{
    m_settings.setValue(certificateKey, fingerprint);
}

void TabletSettings::forgetCertificateFingerprint()
{
    m_settings.remove(certificateKey);
}

QString TabletSettings::language(const QString& fallback) const
{
    return m_settings.value(languageKey, fallback).toString();
}

void TabletSettings::setLanguage(const QString& code)
{
    m_settings.setValue(languageKey, code);
}

QHash<QString, QString> TabletSettings::stationPrinters() const
{
    QHash<QString, QString> printers;
    const QString prefix = stationPrintersGroup + u'/';
    const QStringList keys = m_settings.allKeys();
    for (const QString& key : keys) {
        if (key.startsWith(prefix))
            printers.insert(key.mid(prefix.size()), m_settings.value(key).toString());
    }
    return printers;
}

void TabletSettings::setStationPrinters(const QHash<QString, QString>& printers)
{
    m_settings.remove(stationPrintersGroup);
    m_settings.beginGroup(stationPrintersGroup);
    for (auto it = printers.cbegin(); it != printers.cend(); ++it) {
        if (!it.value().isEmpty())
            m_settings.setValue(it.key(), it.value());
    }
    m_settings.endGroup();
}
