# Qt's headers, parsed once per library instead of once per file: parsing them is most of what
# a file of ours costs to compile. GCC only, so that the sanitized tree (clang) stays the build
# without them: a file that leans on them for an include it lacks fails the test command there,
# as it would on MSVC. GCC also quietly parses the headers again when a precompiled one does not
# fit a file, where clang stops with an error. Off behind a compiler launcher, since ccache does
# not cache files that use a precompiled header unless told to.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(tablesync_precompile_default ON)
else()
    set(tablesync_precompile_default OFF)
endif()
option(TABLESYNC_PRECOMPILED_HEADERS "Precompile Qt's headers for each library and the tests (GCC)"
       ${tablesync_precompile_default})

# What nearly every file includes; each list adds only modules its targets link.
set(tablesync_pch_core
    <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QElapsedTimer> <QtCore/QHash>
    <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList>
    <QtCore/QMap> <QtCore/QObject> <QtCore/QPointer> <QtCore/QSet> <QtCore/QString>
    <QtCore/QStringList> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QVariant>
    <algorithm> <functional> <memory> <optional> <utility> <vector>)
set(tablesync_pch_network <QtNetwork/QHostAddress> <QtNetwork/QTcpSocket>)
set(tablesync_pch_storage
    <QtSql/QSqlDatabase> <QtSql/QSqlError> <QtSql/QSqlQuery> <QtWebSockets/QWebSocket>)
set(tablesync_pch_widgets
    <QtCore/QAbstractItemModel> <QtCore/QCoreApplication> <QtCore/QEvent> <QtCore/QLocale>
    <QtWidgets/QBoxLayout> <QtWidgets/QHeaderView> <QtWidgets/QLabel>
    <QtWidgets/QPushButton> <QtWidgets/QTableView> <QtWidgets/QWidget>)
set(tablesync_pch_test <QtCore/QTemporaryDir> <QtTest/QSignalSpy> <QtTest/QTest>)

# tablesync_precompile(target [core] [network] [storage] [widgets] [test])
function(tablesync_precompile target)
    if(NOT TABLESYNC_PRECOMPILED_HEADERS)
        return()
    endif()
    set(headers)
    foreach(part IN LISTS ARGN)
        list(APPEND headers ${tablesync_pch_${part}})
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
