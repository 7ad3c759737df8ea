#include "SideBySideWindows.h"

#include <algorithm>

QRect SideBySideWindows::geometry(int index, int count, const QRect& screen)
{
    constexpr int minimumWidth = 1000;
    constexpr int minimumHeight = 700;
    const int columns = count <= 2 ? count : 2;
    const int rows = (count + columns - 1) / columns;
    const int width = screen.width() / columns;
    const int height = screen.height() / rows;
    if (width >= minimumWidth && height >= minimumHeight) {
        return {screen.left() + (index % columns) * width,
                screen.top() + (index / columns) * height, width, height};
    }
    const int cascadeWidth = std::min(screen.width(), std::max(minimumWidth, width));
    const int cascadeHeight = std::min(screen.height(), std::max(minimumHeight, height));
    const int stepX = count > 1 ? (screen.width() - cascadeWidth) / (count - 1) : 0;
    const int stepY = count > 1 ? std::min(40, (screen.height() - cascadeHeight) / (count - 1)) : 0;
    return {screen.left() + index * stepX, screen.top() + index * stepY, cascadeWidth,
            cascadeHeight};
}
