// The window's exports (Export history → CSV, Export chart → PNG) follow OutputFile's rules, as
// models do (issue 11): a FIFO or a device is written in place, a symlink keeps its link and its
// target is replaced, anything else that is not a regular file is refused and left as it was.
// QSaveFile renamed a new file over whatever the path named.
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

#include "CostChartView.h"
#include "DataColumns.h"
#include "training/TrainingHistory.h"

using namespace layerlab;

namespace {

mode_t KindOf(const QString& path) {
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & S_IFMT : 0;
}

QByteArray ReadAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every case runs for both exports.
void kinds_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("history CSV") << "csv";
    QTest::newRow("chart PNG") << "png";
}

// What each export starts with: the CSV's header, the PNG's signature.
QByteArray Magic(const QString& kind) {
    return kind == "csv" ? QByteArray("iteration,train_cost") : QByteArray("\x89PNG");
}

}  // namespace

class TestExports : public QObject {
    Q_OBJECT

    TrainingHistory m_history;
    CostChartView* m_chart = nullptr;

    QString Export(const QString& kind, const QString& path) {
        return kind == "csv" ? m_history.WriteCsv(path) : m_chart->ExportPng(path);
    }

private slots:
    void initTestCase() {
        m_history.AppendCosts({{0, 0.7}, {1, 0.6}, {2, 0.5}});
        m_chart = new CostChartView;
        m_chart->resize(400, 300);
        m_chart->SetHistory(&m_history);
    }
    void cleanupTestCase() { delete m_chart; }

    void symlinkKeepsTheLink_data() { kinds_data(); }
    void symlinkKeepsTheLink() {
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const QString link = tmp.filePath("latest." + kind);
        QCOMPARE(::symlink(("runs/1." + kind).toUtf8().constData(), link.toUtf8().constData()), 0);
        QVERIFY(QDir(tmp.path()).mkdir("runs"));
        QCOMPARE(Export(kind, link), QString());
        QCOMPARE(KindOf(link), mode_t(S_IFLNK));
        QVERIFY(ReadAll(tmp.filePath("runs/1." + kind)).startsWith(Magic(kind)));
    }

    void fifoIsWrittenInPlace_data() { kinds_data(); }
    void fifoIsWrittenInPlace() {
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const QString fifo = tmp.filePath("pipe");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Both ends opened here first (neither waits then), so the reader ends once the held
        // write end closes, even if the export replaced the FIFO instead of writing into it.
        const QByteArray name = QFile::encodeName(fifo);
        const int readEnd = ::open(name.constData(), O_RDONLY | O_NONBLOCK);
        const int held = ::open(name.constData(), O_WRONLY | O_NONBLOCK);
        QVERIFY(readEnd >= 0 && held >= 0);
        ::fcntl(readEnd, F_SETFL, 0);
        QByteArray received;
        std::thread reader([&] {
            char buffer[4096];
            for (ssize_t n; (n = ::read(readEnd, buffer, sizeof buffer)) > 0;)
                received.append(buffer, n);
        });
        const QString error = Export(kind, fifo);
        ::close(held);
        reader.join();
        ::close(readEnd);
        QCOMPARE(error, QString());
        QVERIFY(received.startsWith(Magic(kind)));
        QCOMPARE(KindOf(fifo), mode_t(S_IFIFO));
    }

    void deviceIsWrittenNotReplaced_data() { kinds_data(); }
    void deviceIsWrittenNotReplaced() {
        // A null device of the test's own, reached through a link: if an export ever replaced
        // what a link names again, it replaces this node, never the system's /dev/null.
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const QString device = tmp.filePath("null"), link = tmp.filePath("null." + kind);
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("making a device node needs root");
        QCOMPARE(::symlink("null", QFile::encodeName(link).constData()), 0);
        QCOMPARE(Export(kind, link), QString());
        QCOMPARE(KindOf(link), mode_t(S_IFLNK));
        QCOMPARE(KindOf(device), mode_t(S_IFCHR));
    }

    void socketIsRefusedAndKept_data() { kinds_data(); }
    void socketIsRefusedAndKept() {
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const QString path = tmp.filePath("socket");
        const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s",
                      QFile::encodeName(path).constData());
        QCOMPARE(::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        const QString error = Export(kind, path);
        ::close(s);
        QVERIFY2(error.contains("is a socket, which LayerLab never replaces"), qPrintable(error));
        QCOMPARE(KindOf(path), mode_t(S_IFSOCK));
    }

    void regularFileIsReplaced_data() { kinds_data(); }
    void regularFileIsReplaced() {
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const QString path = tmp.filePath("out." + kind);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
        old.close();
        QCOMPARE(Export(kind, path), QString());
        QVERIFY(ReadAll(path).startsWith(Magic(kind)));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"out." + kind});
        QVERIFY2(Export(kind, tmp.filePath("missing/out." + kind)).contains("does not exist"),
                 qPrintable(Export(kind, tmp.filePath("missing/out." + kind))));
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
