// The worst files of issue 11 through every loader path of the window: File ▸ Open data set
// (the opener's background load the dialog starts), a path given at start, File ▸ Open model,
// a drop (DropRouter) and a paste. For each, the window stays up, shows the reason and keeps the
// data set, the network and the run it had.
#include <sys/stat.h>

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "ArchitectureEditor.h"
#include "CourseFiles.h"
#include "CraftedFiles.h"
#include "CraftedHdf5.h"
#include "DataColumns.h"
#include "DropRouter.h"
#include "NetworkPanel.h"
#include "PredictionPanel.h"
#include "WindowFixture.h"
#include "training/TrainingSession.h"

using namespace layerlab;

namespace {

// The first half of a file: a download cut short.
void Truncate(const QString& from, const QString& to) {
    QFile in(from), out(to);
    if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly))
        out.write(in.read(in.size() / 2));
}

// One row per loader path and file: the path, the file and the words its refusal must hold.
void AddRows(const QStringList& paths, const QList<std::pair<QString, QString>>& files) {
    AddColumns<QString, QString, QString>({"path", "file", "reason"});
    for (const QString& path : paths)
        for (const auto& [file, reason] : files)
            QTest::newRow(qPrintable(path + ": " + file)) << path << file << reason;
}

QMimeData* Urls(const QString& path) {
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    return mime;
}

}  // namespace

class TestHostileWindow : public QObject, public test::WindowFixture {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString In(const QString& name) const { return m_dir.filePath(name); }

    // What the window had before the hostile file: each must still be there after it.
    // The row's loader path, crafted file and the words its refusal must hold.
    struct Row {
        QString path, file, reason;
    };
    static Row CurrentRow() {
        QFETCH(QString, path);
        QFETCH(QString, file);
        QFETCH(QString, reason);
        return {path, file, reason};
    }

    struct Before {
        const DataSplit* data;
        TrainingSession* session;
        NetworkSpec spec;
    };
    Before Now() const {
        return {m_window->Data().get(), m_window->Session(),
                m_window->findChild<NetworkPanel*>()->Architecture()->Spec()};
    }

    // Waits for the reason in an error box or the status bar; closes the boxes. Fails the test
    // when it never shows, or when the window lost what it had.
    void ExpectRefused(const Before& before, const QString& reason) {
        QString said;
        const auto shown = [&] {
            for (QMessageBox* box : m_window->findChildren<QMessageBox*>("errorMessage"))
                if (box->text().contains(reason)) return !(said = box->text()).isEmpty();
            said = Find<QLabel>("statusMessage")->text();
            return said.contains(reason);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(shown(),
                                  qPrintable("never said: " + reason +
                                             "; status: " + Find<QLabel>("statusMessage")->text()),
                                  20000);
        qInfo("%s", qPrintable(said));
        for (QMessageBox* box : m_window->findChildren<QMessageBox*>("errorMessage")) delete box;
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->Data().get(), before.data);
        QCOMPARE(m_window->Session(), before.session);
        if (before.session) QCOMPARE(m_window->Session()->State(), TrainingState::Ready);
        QCOMPARE(m_window->findChild<NetworkPanel*>()->Architecture()->Spec(), before.spec);
        Find<QLabel>("statusMessage")->clear();
    }

    // What the window's drop handler does with a file dropped on it.
    void Drop(const QString& path) {
        const std::unique_ptr<QMimeData> mime(Urls(path));
        Find<DropRouter>("dropRouter")->Route(mime.get());
    }

    // A window on its small data set with a run Ready (Reset: a fresh run, not under way, so
    // opening a data set does not ask first).
    void Ready() {
        QVERIFY(OpenWindow());
        m_window->ResetAction()->trigger();
        QTRY_VERIFY(m_window->Session() && m_window->Session()->State() == TrainingState::Ready);
    }

private slots:
    void initTestCase() {
        QVERIFY(UseOwnSettings("tst_hostilewindow"));
        QVERIFY(m_dir.isValid());
        // Refusals must not depend on the machine's memory.
        qputenv("LAYERLAB_MEMORY_BUDGET", "2000000000");
        const auto bombs = testdata::Bombs();
        bombs[0].make(In("bomb_train.h5").toStdString());     // 10^6 images, chunks never written
        bombs[3].make(In("model_huge_w1.h5").toStdString());  // W1 30000 × 12288, never written
        bombs[4].make(In("model_w1_2p62.h5").toStdString());  // W1 4 × (2^62+1)
        for (const char* name : {"fifo_train.h5", "fifo_model.h5", "fifo_picture.png"})
            QCOMPARE(::mkfifo(QFile::encodeName(In(name)).constData(), 0600), 0);
        const std::vector<std::string> classes{"dark", "bright"};
        testdata::WriteCourseFile(In("whole_train.h5").toStdString(), "train_set",
                                  testdata::ColourImages(40, 4, 4, 1), classes);
        Truncate(In("whole_train.h5"), In("truncated_train.h5"));
        // A model that fits the window's data, cut short.
        m_window.reset();
        QVERIFY(OpenWindow());
        m_window->ResetAction()->trigger();
        QTRY_VERIFY(m_window->Session() && m_window->Session()->Latest().parameters);
        QVERIFY(m_window->SaveModel(In("whole_model.h5")));
        Truncate(In("whole_model.h5"), In("truncated_model.h5"));
        CloseWindow();
        // 30000 × 30000 pixels declared, one row stored: 3.6 GB decoded, over the 2 GB.
        testdata::WritePng(In("bomb_picture.png"), 30000, 30000, 200, 30, 30, 1);
        testdata::WritePng(In("whole_picture.png"), 16, 16, 200, 30, 30, 16);
        Truncate(In("whole_picture.png"), In("truncated_picture.png"));
    }
    void cleanupTestCase() { qunsetenv("LAYERLAB_MEMORY_BUDGET"); }
    void init() { Ready(); }
    void cleanup() { CloseWindow(); }

    void dataSets_data() {
        AddRows({"File ▸ Open data set", "start", "drop"},
                {
                    {"bomb_train.h5", "'train_set_x'"},
                    {"fifo_train.h5", "fifo_train.h5: is a FIFO (named pipe)"},
                    {"truncated_train.h5",
                     "truncated_train.h5: the HDF5 file cannot be opened; it may be truncated"},
                });
    }

    void dataSets() {
        const auto [path, file, reason] = CurrentRow();
        const Before before = Now();
        if (path == "start") {
            QVERIFY(!m_window->OpenDataSet(In(file)));
        } else if (path == "drop") {
            Drop(In(file));
        } else {
            // What the dialog does once accepted: load on the opener's worker thread.
            m_window->LoadDataSetInBackground(In(file));
        }
        ExpectRefused(before, reason);
    }

    void models_data() {
        AddRows({"File ▸ Open model", "drop"},
                {
                    {"model_huge_w1.h5", "'W1'"},
                    {"model_w1_2p62.h5", "'W1' of shape [4, 4611686018427387905]"},
                    {"fifo_model.h5", "fifo_model.h5: is a FIFO (named pipe)"},
                    {"truncated_model.h5",
                     "truncated_model.h5: the HDF5 file cannot be opened; it may be truncated"},
                });
    }

    void models() {
        const auto [path, file, reason] = CurrentRow();
        const Before before = Now();
        if (path == "drop") {
            Drop(In(file));
        } else {
            QVERIFY(!m_window->OpenModel(In(file)));  // what the action does with the chosen file
        }
        ExpectRefused(before, reason);
    }

    void aRunThatCannotFit() {
        // 48 inputs, three hidden layers of 8000: 128 M weights (1 GB) pass the editor and the
        // weights' own check, but with their gradients and copies the run needs 4 GB of the 2.
        auto* editor = m_window->findChild<NetworkPanel*>()->Architecture();
        editor->SetHiddenLayers("8000:relu,8000:relu,8000:relu");
        QCOMPARE(editor->Spec().sizes, (std::vector<arma::uword>{48, 8000, 8000, 8000, 1}));
        const Before before = Now();
        m_window->TrainAction()->trigger();
        ExpectRefused(before,
                      "layers 48,8000,8000,8000,1: training (the weights with their gradients");
        m_window->StepAction()->trigger();
        ExpectRefused(before, "more than the 2.0 GB LayerLab may use on this machine");
    }

    void pictures_data() {
        AddRows({"paste", "drop"},
                {
                    {"bomb_picture.png", "decoding its 30000×30000 pixels would need"},
                    {"fifo_picture.png", "fifo_picture.png"},
                    {"truncated_picture.png", "truncated_picture.png: not a readable picture"},
                });
    }

    void pictures() {
        const auto [path, file, reason] = CurrentRow();
        const Before before = Now();
        auto* panel = m_window->findChild<PredictionPanel*>();
        const int pictures = panel->Count();
        if (path == "paste") {
            QGuiApplication::clipboard()->setMimeData(Urls(In(file)));
            if (!QGuiApplication::clipboard()->mimeData()->hasUrls())
                QSKIP("this platform plugin has no clipboard");
            m_window->PasteAction()->trigger();
        } else {
            Drop(In(file));
        }
        ExpectRefused(before, reason);
        QCOMPARE(panel->Count(), pictures);
    }
};

QTEST_MAIN(TestHostileWindow)
#include "tst_hostilewindow.moc"
