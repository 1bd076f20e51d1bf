#include "DataSetLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "BuiltinShapes.h"
#include "ClassPicker.h"
#include "CourseDataReader.h"
#include "EngineError.h"
#include "Hdf5File.h"
#include "IdxReader.h"
#include "ImageFolderReader.h"
#include "InputFile.h"

namespace layerlab {
namespace {

// HDF5's own signature, so a model or data file is told apart whatever its name ends in.
bool IsHdf5(const QString& path) {
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) &&
           file.read(8) == QByteArray("\x89HDF\r\n\x1a\n", 8);
}

bool IsCourseFolder(const QString& folder) {
    return !QDir(folder).entryList({"train_*.h5"}, QDir::Files).isEmpty();
}

// A single IDX file names its folder.
bool IsIdxFile(const QFileInfo& f) {
    return f.isFile() && f.fileName().contains("-idx") && f.fileName().contains("-ubyte");
}

}  // namespace

QString DataSetLoader::KindOf(const QString& path) {
    // The engine's words, marked here so lupdate collects them for translation.
    static const char* const kinds[] = {
        QT_TRANSLATE_NOOP("InputFile", "missing"),
        QT_TRANSLATE_NOOP("InputFile", "a regular file"),
        QT_TRANSLATE_NOOP("InputFile", "a folder"),
        QT_TRANSLATE_NOOP("InputFile", "a FIFO (named pipe)"),
        QT_TRANSLATE_NOOP("InputFile", "a character device"),
        QT_TRANSLATE_NOOP("InputFile", "a block device"),
        QT_TRANSLATE_NOOP("InputFile", "a socket"),
        QT_TRANSLATE_NOOP("InputFile", "not a regular file"),
    };
    (void)kinds;
    const std::string kind = InputFile::KindOf(QFile::encodeName(path).toStdString());
    return QCoreApplication::translate("InputFile", kind.c_str());
}

bool DataSetLoader::IsModelFile(const QString& path) {
    if (!IsHdf5(path)) return false;
    try {
        return Hdf5File(path.toStdString(), Hdf5File::Mode::Read).Has("W1");
    } catch (const EngineError&) {
        return false;
    }
}

DataSetLoader::Kind DataSetLoader::Identify(const QString& spec) {
    if (BuiltinShapes::IsSpec(spec)) return Kind::Builtin;
    const QFileInfo info(spec);
    if (info.isDir()) {
        if (IdxReader::IsIdxFolder(spec)) return Kind::Idx;
        if (IsCourseFolder(spec)) return Kind::Course;
        return Kind::ImageFolder;
    }
    if (IsIdxFile(info)) return Kind::Idx;
    // A .h5 that is not HDF5 goes to the course reader too, which says what is wrong with it.
    if ((IsHdf5(spec) || info.suffix().compare("h5", Qt::CaseInsensitive) == 0) &&
        !IsModelFile(spec))
        return Kind::Course;
    return Kind::Unknown;
}

LoadedData DataSetLoader::Load(const QString& spec, const LoadOptions& options) {
    const std::string where = spec.toStdString();
    options.Validate();
    const QFileInfo info(spec);
    const bool builtin = BuiltinShapes::IsSpec(spec);
    const std::string what =
        "give a course .h5 file, a folder of class folders of pictures, an IDX folder or "
        "builtin:shapes";
    if (!builtin && !info.exists())
        throw EngineError(where +
                          ": no such file or folder (or use builtin:shapes for the built-in set)");
    // A FIFO would block the first read forever, a device never ends: refused by what they are.
    if (!builtin && !info.isDir()) InputFile::RequireRegularFile(where, what);

    LoadedData out;
    switch (Identify(spec)) {
        case Kind::Builtin: {
            // Draws every shape, then picks, so a class looks the same whichever others are kept.
            out = BuiltinShapes::Generate(spec, options);
            const ClassPicker picker(out.train.classNames, options.classes, where);
            picker.Apply(out.train);
            picker.Apply(out.test);
            break;
        }
        case Kind::Idx:
            out = IdxReader::Read(info.isDir() ? spec : info.absolutePath(), options);
            break;
        case Kind::ImageFolder: {
            // A folder named like an HDF5 file is most likely a mistake (an archive unpacked
            // under the file's name): say what it is instead of "holds no class folders".
            const bool namedH5 = info.suffix().compare("h5", Qt::CaseInsensitive) == 0;
            if (namedH5 && ImageFolderReader::ClassFolders(spec).isEmpty())
                throw EngineError(where +
                                  ": is a folder, not an HDF5 file, and holds no train_*.h5, no "
                                  "class folders of pictures and no IDX files; give the .h5 file "
                                  "itself, or a folder holding one of those");
            out = ImageFolderReader::Read(spec, options);
            if (namedH5)
                out.warnings.prepend(QCoreApplication::translate(
                                         "DataSetLoader",
                                         "%1: is a folder, not an HDF5 file; read it as a folder "
                                         "of class folders of pictures")
                                         .arg(spec));
            break;
        }
        case Kind::Course: {
            static_cast<DataSplit&>(out) = CourseDataReader::Read(where);
            for (const DataSet* set : {&out.train, &out.test})
                for (const std::string& w : set->warnings)
                    out.warnings << QString::fromStdString(w);
            const ClassPicker picker(out.train.classNames, options.classes, where);
            picker.Apply(out.train);
            if (out.test.Count()) picker.Apply(out.test);
            break;
        }
        case Kind::Unknown:
            if (IsModelFile(spec))
                throw EngineError(
                    where + ": is a saved model (it holds W1), not a data set; open it as a model");
            throw EngineError(where + ": is not a data set; " + what);
    }
    if (options.standardise) {
        out.standardiser = FeatureStandardiser::Fit(out.train.Doubles());
        out.standardiser.Apply(out.train.X);
        if (out.test.Count()) out.standardiser.Apply(out.test.Doubles());
    }
    out.train.Validate();
    if (out.test.Count()) out.test.Validate();
    out.options = options;
    out.options.progress = nullptr;
    out.options.cancel = nullptr;
    return out;
}

}  // namespace layerlab
