#include "TabletSettings.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString serverUrlKey = u"server/url"_s;
const QString certificateKey = u"server/certificate_sha256"_s;
const QString languageKey = u"ui/language"_s;
const QString knownStaffKey = u"signin/staff"_s;
const QString recentSignInsKey = u"signin/recent"_s;
const QString idleSignOutKey = u"session/idle_sign_out_minutes"_s;
const QString pinLengthKey = u"session/pin_length"_s;
const QString historyWidthKey = u"ui/history_panel_width"_s;
const QString stationPrintersGroup = u"kitchen/printers"_s;
const QString billPrinterKey = u"bill/printer"_s;

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

QList<Staff> TabletSettings::knownStaff() const
{
    const QJsonArray array =
        QJsonDocument::fromJson(m_settings.value(knownStaffKey).toString().toUtf8()).array();
    QList<Staff> staff;
    for (const QJsonValue& value : array) {
        // A damaged entry costs its tile only; the id can still be typed.
        if (Result<Staff> member = JsonDecoder::staffFromJson(value); member)
            staff.append(std::move(member).value());
    }
    return staff;
}

void TabletSettings::setKnownStaff(const QList<Staff>& staff)
{
    QJsonArray array;
    for (const Staff& member : staff)
        array.append(JsonCodec::toJson(member));
    m_settings.setValue(knownStaffKey,
                        QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

QStringList TabletSettings::recentSignIns() const
{
    return m_settings.value(recentSignInsKey).toStringList();
}

void TabletSettings::noteSignIn(const QString& staffId)
{
    QStringList recent = recentSignIns();
    recent.removeAll(staffId);
    recent.prepend(staffId);
    m_settings.setValue(recentSignInsKey, recent.mid(0, recentSignInsKept));
}

int TabletSettings::idleSignOutMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(idleSignOutKey).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultIdleSignOutMinutes;
}

int TabletSettings::pinLength() const
{
    bool ok = false;
    const int digits = m_settings.value(pinLengthKey).toInt(&ok);
    return ok && digits > 0 ? digits : 0;
}

void TabletSettings::setPinLength(int digits)
{
    m_settings.setValue(pinLengthKey, digits);
}

int TabletSettings::historyPanelWidth() const
{
    return std::max(0, m_settings.value(historyWidthKey, 0).toInt());
}

void TabletSettings::setHistoryPanelWidth(int width)
{
    m_settings.setValue(historyWidthKey, width);
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

QString TabletSettings::billPrinter() const
{
    return m_settings.value(billPrinterKey).toString();
}

void TabletSettings::setBillPrinter(const QString& printerName)
{
    if (printerName.isEmpty())
        m_settings.remove(billPrinterKey);
    else
        m_settings.setValue(billPrinterKey, printerName);
}
