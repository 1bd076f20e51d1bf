#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFont>

#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "cli/Terminal.h"
#include "lessons/LessonFile.h"

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName("LayerLab");
    QCoreApplication::setApplicationName("LayerLab");
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QStringList args;
    for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    if (const QString unknown = layerlab::CommandLine::UnknownCommand(args); !unknown.isEmpty()) {
        QCoreApplication app(argc, argv);
        layerlab::Terminal::Error(unknown);
        return 1;
    }
    if (layerlab::CommandLine::IsCommand(args)) {
        QCoreApplication app(argc, argv);
        return layerlab::CommandLine::Run(app.arguments());
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Build and train deep neural networks visually.\n\n"
                                    "Commands (run `layerlab COMMAND --help`):\n"
                                    "  train      train a network from the command line\n"
                                    "  predict    classify images with a saved model\n"
                                    "  eval       measure a saved model's accuracy\n"
                                    "  sweep      train a grid of runs side by side and compare "
                                    "them\n"
                                    "  runs       list, compare and export the recorded runs\n"
                                    "  gradcheck  check backprop's gradients by central "
                                    "differences\n"
                                    "  inspect    a saved model's layer statistics and health "
                                    "findings"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        "PATH",
        QCoreApplication::translate("main", "A data set, or a lesson (.layerlab), to open."),
        "[PATH]");
    if (layerlab::CommandLine::AsksForHelpOrVersion(args)) {
        // Answered without a window, so a terminal or CI without a display gets it too.
        QCoreApplication app(argc, argv);
        parser.process(app);
        return 0;
    }
    QApplication app(argc, argv);
    parser.process(app);
    // Readable from the back of a classroom: at least 12 pt everywhere.
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 12) font.setPointSizeF(12);
    QApplication::setFont(font);
    layerlab::LanguageSwitcher::ApplyStored();
    layerlab::MainWindow window;
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        window.OpenDefaultDataSet();
    } else if (layerlab::LessonFile::IsLesson(path)) {
        window.OpenDefaultDataSet();  // something to show while the lesson's data loads
        window.OpenLesson(path);
    } else {
        window.OpenDataSet(path);
    }
    window.show();
    return app.exec();
}
