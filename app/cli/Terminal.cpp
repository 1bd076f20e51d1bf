#include "Terminal.h"

#include <cstdio>

namespace layerlab {

void Terminal::Out(const QString& line) {
    std::fputs(qPrintable(line + '\n'), stdout);
}

void Terminal::Error(const QString& message) {
    std::fprintf(stderr, "layerlab: %s\n", qPrintable(message));
}

void Terminal::Error(const char* message) {
    std::fprintf(stderr, "layerlab: %s\n", message);
}

void Terminal::Warning(const QString& message) {
    std::fprintf(stderr, "layerlab: warning: %s\n", qPrintable(message));
}

}  // namespace layerlab
