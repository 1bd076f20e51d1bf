// OutputFile, the one way LayerLab writes a file: streams written in place, links kept, regular
// files replaced atomically, other kinds refused, clear messages, no stale temporaries.
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <string>
#include <thread>

#include "EngineError.h"
#include "InitializeParameters.h"
#include "OutputFile.h"
#include "ParameterIO.h"

using namespace layerlab;

namespace {

QByteArray ReadAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every entry of the folder, hidden ones too: a temporary is hidden.
QStringList Entries(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

// The message Write throws, or "" when it succeeds.
QString WriteError(const std::string& path, const std::string& bytes) {
    try {
        OutputFile::Write(path, bytes);
        return {};
    } catch (const EngineError& e) {
        return QString::fromUtf8(e.what());
    }
}

mode_t KindOf(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 ? info.st_mode & S_IFMT : 0;
}

// The pid of a process that has ended: a child that exits at once, reaped.
pid_t EndedPid() {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

}  // namespace

class TestOutputFile : public QObject {
    Q_OBJECT
private slots:
    void newFileLeavesNothingElse() {
        QTemporaryDir tmp;
        const std::string path = tmp.filePath("costs.txt").toStdString();
        OutputFile::Write(path, "0 0.69\n");
        QCOMPARE(ReadAll(tmp.filePath("costs.txt")), QByteArray("0 0.69\n"));
        QCOMPARE(Entries(tmp.path()), QStringList{"costs.txt"});
    }

    void replacesARegularFileKeepingItsPermissions() {
        QTemporaryDir tmp;
        const std::string path = tmp.filePath("model.h5").toStdString();
        OutputFile::Write(path, "old");
        ::chmod(path.c_str(), 0640);
        OutputFile::Write(path, "new contents");
        QCOMPARE(ReadAll(tmp.filePath("model.h5")), QByteArray("new contents"));
        struct stat info {};
        QCOMPARE(::stat(path.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0640));
        QCOMPARE(Entries(tmp.path()), QStringList{"model.h5"});
    }

    void symlinkIsKeptAndItsTargetReplaced() {
        QTemporaryDir tmp;
        const std::string target = tmp.filePath("real.h5").toStdString(),
                          link = tmp.filePath("link.h5").toStdString();
        OutputFile::Write(target, "old");
        QCOMPARE(::symlink("real.h5", link.c_str()), 0);
        OutputFile::Write(link, "new");
        QCOMPARE(KindOf(link), mode_t(S_IFLNK));
        QCOMPARE(ReadAll(tmp.filePath("real.h5")), QByteArray("new"));
        // A dangling link creates the file it points to.
        const std::string dangling = tmp.filePath("dangling.h5").toStdString();
        QCOMPARE(::symlink("later.h5", dangling.c_str()), 0);
        OutputFile::Write(dangling, "made");
        QCOMPARE(KindOf(dangling), mode_t(S_IFLNK));
        QCOMPARE(ReadAll(tmp.filePath("later.h5")), QByteArray("made"));
    }

    void modelSavedOntoASymlinkKeepsTheLink() {
        QTemporaryDir tmp;
        const std::string link = tmp.filePath("model.h5").toStdString();
        QCOMPARE(::symlink("models/best.h5", link.c_str()), 0);
        QVERIFY(QDir(tmp.path()).mkdir("models"));
        const Parameters p = InitializeParameters(NetworkSpec::WithDefaultActivations({4, 2, 1}),
                                                  Initializer::He, 1);
        ParameterIO::Save(link, p);
        QCOMPARE(KindOf(link), mode_t(S_IFLNK));
        QCOMPARE(ParameterIO::Load(tmp.filePath("models/best.h5").toStdString()).spec, p.spec);
    }

    void deviceIsWrittenNotReplaced() {
        // A null device of the test's own, through a link: if the rule ever broke, the node
        // replaced would be this one, never the machine's /dev/null (the tests run as root).
        QTemporaryDir tmp;
        const std::string device = tmp.filePath("null").toStdString(),
                          link = tmp.filePath("null.h5").toStdString();
        if (::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("making a device node needs root");
        QCOMPARE(::symlink("null", link.c_str()), 0);
        const Parameters p =
            InitializeParameters(NetworkSpec::WithDefaultActivations({4, 1}), Initializer::He, 1);
        ParameterIO::Save(link, p);
        QCOMPARE(KindOf(link), mode_t(S_IFLNK));
        QCOMPARE(KindOf(device), mode_t(S_IFCHR));
        ParameterIO::Save(device, p);
        QCOMPARE(KindOf(device), mode_t(S_IFCHR));
        QCOMPARE(Entries(tmp.path()), (QStringList{"null", "null.h5"}));
    }

    void fifoIsWrittenInPlace() {
        QTemporaryDir tmp;
        const std::string fifo = tmp.filePath("pipe").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        QByteArray received;
        std::thread reader([&] {
            QFile f(QString::fromStdString(fifo));
            if (f.open(QIODevice::ReadOnly)) received = f.readAll();
        });
        const QString error = WriteError(fifo, "through the pipe");
        reader.join();
        QCOMPARE(error, QString());
        QCOMPARE(received, QByteArray("through the pipe"));
        QCOMPARE(KindOf(fifo), mode_t(S_IFIFO));
    }

    void descriptorPathAppendsToTheOpenFile() {
        // `--costs /dev/stdout > run.log`: what the shell opened is written at its offset, not
        // replaced by a file holding the costs alone.
        QTemporaryDir tmp;
        const QString log = tmp.filePath("run.log");
        const int fd = ::open(log.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "iteration 0\n", 12), ssize_t(12));
        OutputFile::Write("/proc/self/fd/" + std::to_string(fd), "0 0.69\n");
        OutputFile::Write("/dev/fd/" + std::to_string(fd), "1 0.68\n");
        ::close(fd);
        QCOMPARE(ReadAll(log), QByteArray("iteration 0\n0 0.69\n1 0.68\n"));
        QCOMPARE(Entries(tmp.path()), QStringList{"run.log"});
        // A pipe has no path at all: written through the descriptor too.
        int ends[2];
        QCOMPARE(::pipe(ends), 0);
        OutputFile::Write("/proc/self/fd/" + std::to_string(ends[1]), "piped");
        ::close(ends[1]);
        char buffer[16] = {};
        QCOMPARE(::read(ends[0], buffer, sizeof buffer), ssize_t(5));
        ::close(ends[0]);
        QCOMPARE(QByteArray(buffer), QByteArray("piped"));
    }

    void diskFullSaysSo() {
        QTemporaryDir tmp;
        const std::string link = tmp.filePath("full.txt").toStdString();
        QCOMPARE(::symlink("/dev/full", link.c_str()), 0);
        for (const std::string& path : {std::string("/dev/full"), link}) {
            const QString error = WriteError(path, "bytes");
            QVERIFY2(error.startsWith(QString::fromStdString(path) + ": "), qPrintable(error));
            QVERIFY2(error.contains("the disk is full (No space left on device)"),
                     qPrintable(error));
        }
    }

    void otherKindsAreRefused() {
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkdir("folder"));
        const std::string socketPath = tmp.filePath("socket").toStdString();
        const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s", socketPath.c_str());
        QCOMPARE(::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        const std::string folder = tmp.filePath("folder").toStdString();
        for (const auto& [path, kind] :
             {std::pair{socketPath, "a socket"}, std::pair{folder, "a folder"}}) {
            const QString error = WriteError(path, "x");
            QVERIFY2(
                error.contains(QStringLiteral("is %1, which LayerLab never replaces").arg(kind)),
                qPrintable(error));
            QVERIFY_THROWS_EXCEPTION(EngineError, OutputFile::Check(path));
        }
        ::close(s);
        QCOMPARE(KindOf(socketPath), mode_t(S_IFSOCK));
        QCOMPARE(WriteError("", "x"), QString("no output file was named; give a file name"));
        QVERIFY2(WriteError(tmp.filePath("missing/costs.txt").toStdString(), "x")
                     .contains("the folder " + tmp.filePath("missing") + " does not exist"),
                 qPrintable(WriteError(tmp.filePath("missing/costs.txt").toStdString(), "x")));
    }

    void staleTemporariesAreRemoved() {
        QTemporaryDir tmp;
        const pid_t ended = EndedPid();
        const QString stale = QString::fromStdString(OutputFile::TemporaryName("model.h5", ended)),
                      live = QString::fromStdString(
                          OutputFile::TemporaryName("other.h5", ::getppid()));
        QCOMPARE(stale, ".model.h5.layerlab-partial-" + QString::number(ended));
        for (const QString& name : {stale, live, QString("notes.tmp-1")}) {
            QFile f(tmp.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        OutputFile::Write(tmp.filePath("model.h5").toStdString(), "model");
        QStringList expected{live, "model.h5", "notes.tmp-1"};
        expected.sort();
        QStringList entries = Entries(tmp.path());
        entries.sort();
        QCOMPARE(entries, expected);
    }
};

QTEST_APPLESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
