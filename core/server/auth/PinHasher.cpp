#include "PinHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int saltBytes = 16;
constexpr int keyBytes = 32;

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, keyBytes);
}

// Compares without stopping at the first difference, so timing tells nothing.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

int PinHasher::iterationsOf(const std::optional<QString>& setting)
{
    bool ok = false;
    const int iterations = setting ? setting->toInt(&ok) : 0;
    return ok && iterations >= minimumIterations && iterations <= maximumIterations
               ? iterations
               : defaultIterations;
}

QString PinHasher::hash(const QString& pin, int iterations)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return u"pbkdf2-sha256$"_s + QString::number(iterations) + u'$' +
           QString::fromLatin1(salt.toBase64()) + u'$' +
           QString::fromLatin1(derive(pin, salt, iterations).toBase64());
}

bool PinHasher::verify(const QString& pin, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != "pbkdf2-sha256"_L1)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray key = QByteArray::fromBase64(parts.at(3).toLatin1());
    return sameBytes(derive(pin, salt, iterations), key);
}
