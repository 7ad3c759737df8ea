#pragma once

class LanguageSwitcher;
class QApplication;

// What the tablet app sets up before its first window. Shared by main() and the cold-start
// benchmark, so that the benchmark times the start a waiter gets.
class TabletStartup
{
public:
    // The language chosen in the app last time, else the system's when TableSync speaks it;
    // a switch in the app is remembered for the next start.
    static void restoreLanguage(LanguageSwitcher& languages);
    // Display name, window icon and the touch style; before the first widget is created.
    static void applyLook(QApplication& app);
};
