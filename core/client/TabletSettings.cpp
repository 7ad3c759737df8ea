#include "TabletSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString serverUrlKey = u"server/url"_s;
const QString certificateKey = u"server/certificate_sha256"_s;
const QString languageKey = u"ui/language"_s;

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
