#pragma once

#include <QString>

namespace layerlab {

// What the commands print: results on stdout, refusals and warnings on stderr as
// "layerlab: ..." lines, so a script can tell them apart.
class Terminal {
public:
    static void Out(const QString& line);
    static void Error(const QString& message);
    // The engine's messages, passed on byte for byte.
    static void Error(const char* message);
    static void Warning(const QString& message);
};

}  // namespace layerlab
