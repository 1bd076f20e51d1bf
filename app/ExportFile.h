#pragma once

#include <QByteArray>
#include <QString>

namespace layerlab {

// The window's exports (the history CSV, the chart PNG) written by OutputFile's rules, as models
// and costs are: a stream (/dev/stdout, a FIFO, /dev/null) is written in place, a symlink's
// target is replaced and the link kept, a regular file is replaced atomically, anything else is
// refused. QSaveFile renamed a new file over whatever the path named, a FIFO or a link included.
class ExportFile {
public:
    // Writes bytes to path; returns an empty string, or why it failed and what to do.
    static QString Write(const QString& path, const QByteArray& bytes);
};

}  // namespace layerlab
