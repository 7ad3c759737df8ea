#include "LanguageSwitcher.h"
#include "TabletApp.h"
#include "TabletCommandLine.h"
#include "TabletStartup.h"

#include <QApplication>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList argumentList(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    // Help, version and usage errors print text only: they must work without a display too.
    const std::unique_ptr<QCoreApplication> application =
        TabletCommandLine::printsTextOnly(argumentList(argc, argv))
            ? std::make_unique<QCoreApplication>(argc, argv)
            : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"tablesync"_s);
    QCoreApplication::setOrganizationName(u"TableSync"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TABLESYNC_VERSION));

    LanguageSwitcher languages;
    TabletStartup::restoreLanguage(languages);
    const std::optional<TabletOptions> options =
        TabletCommandLine::parse(QCoreApplication::arguments());
    auto* widgets = qobject_cast<QApplication*>(application.get());
    if (!options || !widgets)
        return 1;
    TabletStartup::applyLook(*widgets);

    TabletApp tablet(*options, languages, QStringLiteral(TABLESYNC_BUILD_TREE_SERVER));
    if (!tablet.start())
        return 1;
    return QCoreApplication::exec();
}
