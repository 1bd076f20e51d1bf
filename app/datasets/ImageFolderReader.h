#pragma once

#include <QString>
#include <QStringList>

#include "LoadOptions.h"
#include "LoadedData.h"

namespace layerlab {

// A folder of pictures, one subfolder per class (ROOT/<class>/*, as Keras'
// image_dataset_from_directory and torchvision's ImageFolder read it), or ROOT/train/<class> and
// ROOT/test/<class>. Without train/ and test/, a seeded split per class keeps
// LoadOptions::testFraction of each class for testing. Any format QImageReader decodes; each image
// converted to RGB (or grayscale) and resized, flattened like the course data by ImageEncoder.
// Unreadable files are skipped and counted in the warnings; a class with no readable image, a
// single class or an empty folder is refused.
class ImageFolderReader {
public:
    static LoadedData Read(const QString& root, const LoadOptions& options);
    // The class subfolders of a folder, sorted by name (hidden folders ignored).
    static QStringList ClassFolders(const QString& folder);
    // True when root has train/ and test/ subfolders that hold class folders.
    static bool HasTrainTestFolders(const QString& root);
};

}  // namespace layerlab
