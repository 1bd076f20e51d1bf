#include "ExportFile.h"

#include <QFile>
#include <string_view>

#include "EngineError.h"
#include "OutputFile.h"

namespace layerlab {

QString ExportFile::Write(const QString& path, const QByteArray& bytes) {
    try {
        // The bytes the file system names the file by, as QFile would open it.
        OutputFile::Write(QFile::encodeName(path).toStdString(),
                          std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
        return {};
    } catch (const EngineError& e) {
        return QString::fromStdString(e.what());
    }
}

}  // namespace layerlab
