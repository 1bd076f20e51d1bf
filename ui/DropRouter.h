#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace layerlab {

// Decides what a drop or a paste is: pictures to classify, a data set to load (a folder, a course
// .h5, an IDX folder), a saved model (an .h5 holding W1), a lesson (.layerlab), or something to
// refuse with a reason.
// Installed on a widget, it accepts the drag and emits one signal per drop; the widget stays in
// charge of what happens next (asking before replacing a data set mid-training, for one).
class DropRouter : public QObject {
    Q_OBJECT
public:
    enum class Kind { Images, DataSet, Model, Lesson, Refused };
    struct Decision {
        Kind kind = Kind::Refused;
        QStringList paths;     // image files, or the one data set / model
        QList<QImage> images;  // pasted or dragged pixels with no file behind them
        QString message;       // why it was refused, or what was ignored beside the pictures
    };

    explicit DropRouter(QObject* parent = nullptr);
    static Decision Decide(const QMimeData* mime);
    // Accepts drags on target and routes its drops (target must outlive nothing: the router
    // only filters its events).
    void Watch(QWidget* target);
    // Routes a paste the same way as a drop (Edit ▸ Paste with the clipboard's mime data).
    void Route(const QMimeData* mime);

signals:
    void imagesDropped(const QStringList& paths, const QList<QImage>& images);
    void dataSetDropped(const QString& path);
    void modelDropped(const QString& path);
    void lessonDropped(const QString& path);
    // A drop refused, or pictures taken with other files ignored: show the message.
    void refused(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace layerlab
