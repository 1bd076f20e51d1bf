#include "DropRouter.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

#include "datasets/DataSetLoader.h"
#include "lessons/LessonFile.h"

namespace layerlab {

DropRouter::DropRouter(QObject* parent) : QObject(parent) {
    setObjectName("dropRouter");
}

DropRouter::Decision DropRouter::Decide(const QMimeData* mime) {
    Decision d;
    if (!mime) return d;
    if (mime->hasUrls()) {
        QStringList images, loadable, models, lessons, others, special;
        for (const QUrl& url : mime->urls()) {
            if (!url.isLocalFile()) {
                others << url.toDisplayString();
                continue;
            }
            const QString path = url.toLocalFile();
            const QFileInfo info(path);
            // Pipes and devices first: reading one to sniff its content could block the window.
            if (info.exists() && !info.isFile() && !info.isDir())
                special << tr("%1: is %2, not a regular file")
                               .arg(info.fileName(), DataSetLoader::KindOf(path));
            else if (LessonFile::IsLesson(path) && info.isFile())
                lessons << path;
            else if (DataSetLoader::IsModelFile(path))
                models << path;
            else if (DataSetLoader::Identify(path) != DataSetLoader::Kind::Unknown)
                loadable << path;
            else if (info.isFile() && QImageReader(path).canRead())  // by content, not by name
                images << path;
            else
                others << (info.fileName().isEmpty() ? path : info.fileName());
        }
        if (!images.isEmpty()) {
            d.kind = Kind::Images;
            d.paths = images;
            const QStringList ignored = others + loadable + models + lessons;
            if (!ignored.isEmpty())
                d.message = tr("Classifying the pictures; ignored what is not a picture: %1")
                                .arg(ignored.join(", "));
            if (!special.isEmpty())
                d.message = (d.message.isEmpty() ? QString() : d.message + "; ") +
                            tr("ignored %1.").arg(special.join(", "));
            return d;
        }
        if (!special.isEmpty()) {
            d.message = tr("Cannot use %1; drop the file itself, not a pipe or a device.")
                            .arg(special.join(", "));
            return d;
        }
        if (lessons.size() == 1 && loadable.size() + models.size() == 0 && others.isEmpty()) {
            d.kind = Kind::Lesson;
            d.paths = lessons;
            return d;
        }
        if (loadable.size() + models.size() == 1 && others.isEmpty() && lessons.isEmpty()) {
            d.kind = loadable.isEmpty() ? Kind::Model : Kind::DataSet;
            d.paths = loadable + models;
            return d;
        }
        if (loadable.size() + models.size() + lessons.size() > 1) {
            d.message = tr("Drop one data set, model or lesson at a time (%1 were dropped).")
                            .arg(loadable.size() + models.size() + lessons.size());
            return d;
        }
        d.message = tr("Cannot use %1: drop pictures to classify, a data set (a folder of class "
                       "folders, a course "
                       ".h5 file, an IDX folder), a saved LayerLab model or a lesson "
                       "(.layerlab).")
                        .arg(others.join(", "));
        return d;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            d.kind = Kind::Images;
            d.images << image;
            return d;
        }
    }
    d.message = tr("Nothing to use here: drop or paste pictures, a data set or a saved model.");
    return d;
}

void DropRouter::Watch(QWidget* target) {
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

void DropRouter::Route(const QMimeData* mime) {
    const Decision d = Decide(mime);
    switch (d.kind) {
        case Kind::Images:
            emit imagesDropped(d.paths, d.images);
            if (!d.message.isEmpty()) emit refused(d.message);
            break;
        case Kind::DataSet:
            emit dataSetDropped(d.paths.first());
            break;
        case Kind::Model:
            emit modelDropped(d.paths.first());
            break;
        case Kind::Lesson:
            emit lessonDropped(d.paths.first());
            break;
        case Kind::Refused:
            emit refused(d.message);
            break;
    }
}

bool DropRouter::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            // Accept anything with files or pixels, so a refused drop still gets its reason.
            auto* e = static_cast<QDragMoveEvent*>(event);
            if (e->mimeData()->hasUrls() || e->mimeData()->hasImage()) e->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto* e = static_cast<QDropEvent*>(event);
            Route(e->mimeData());
            e->acceptProposedAction();
            return true;
        }
        default:
            return QObject::eventFilter(watched, event);
    }
}

}  // namespace layerlab
