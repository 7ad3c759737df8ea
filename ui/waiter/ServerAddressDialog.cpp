#include "ServerAddressDialog.h"

using namespace Qt::Literals::StringLiterals;

ServerAddressDialog::ServerAddressDialog(const QUrl& current, QWidget* parent)
    : QInputDialog(parent)
{
    setObjectName(u"serverAddress"_s);
    setWindowTitle(tr("Venue server"));
    setLabelText(tr("Address of the venue's TableSync server:"));
    setTextValue(current.toString());
    setWindowModality(Qt::WindowModal);
    connect(this, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        if (const std::optional<QUrl> url = parse(text))
            Q_EMIT chosen(*url);
        else
            Q_EMIT refused(
                tr("“%1” is not a server address. Try e.g. http://10.0.0.5:8080").arg(text));
    });
}

std::optional<QUrl> ServerAddressDialog::parse(const QString& text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.scheme().isEmpty() || !url.scheme().startsWith(u"http"_s))
        return std::nullopt;
    return url;
}
