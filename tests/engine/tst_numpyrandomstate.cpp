// NumPy's legacy RandomState, reproduced: the reference MT19937 words, NumPy's own randn and
// random_sample values for seeds 0 and 1 (taken from NumPy 1.24, exact as hex floats), and the
// course's initial weights: the Notebook initialiser with seed 1 is init_seed1.h5 bit for bit.
#include <QTest>

#include "DataColumns.h"
#include "EngineError.h"
#include "Hdf5File.h"
#include "InitializeParameters.h"
#include "NumpyRandomState.h"

using namespace layerlab;

class TestNumpyRandomState : public QObject {
    Q_OBJECT

private slots:
    void wordsAreTheReferenceMersenneTwister() {
        // Matsumoto and Nishimura's mt19937ar with init_genrand(5489).
        NumpyRandomState rng(5489);
        QCOMPARE(rng.NextUInt32(), 3499211612u);
        QCOMPARE(rng.NextUInt32(), 581869302u);
    }

    void doublesAreNumpysRandomSample() {
        // np.random.seed(1); np.random.random_sample(2)
        NumpyRandomState rng(1);
        QCOMPARE(rng.NextDouble(), 0.417022004702574);
        QCOMPARE(rng.NextDouble(), 0.7203244934421581);
    }

    void normalsAreNumpysRandn_data() {
        AddColumns<quint32, QList<double>>({"seed", "expected"});
        // np.random.seed(s); np.random.randn(n), printed with float.hex.
        QTest::newRow("seed 1") << 1u
                                << QList<double>{0x1.9fd5190657c50p+0, -0x1.393822fb7d9adp-1,
                                                 -0x1.0e6c872548fd2p-1, -0x1.12ae1255cb80cp+0,
                                                 0x1.bb16b5735117dp-1};
        QTest::newRow("seed 0") << 0u
                                << QList<double>{0x1.c398ef3e5cfa5p+0, 0x1.99c2cfacc8953p-2,
                                                 0x1.f51d25222c9abp-1};
    }
    void normalsAreNumpysRandn() {
        QFETCH(quint32, seed);
        QFETCH(QList<double>, expected);
        NumpyRandomState rng(seed);
        // Exact equality: the second value of each polar pair is cached, as NumPy does.
        for (double e : expected) QCOMPARE(rng.NextGaussian(), e);
    }

    void notebookSeedOneIsTheCoursesInitialWeights() {
        const std::string path = LAYERLAB_SHARED_DIR "/data/catvnoncat/init_seed1.h5";
        if (!QFile::exists(QString::fromStdString(path)))
            QSKIP("../shared/data/catvnoncat/init_seed1.h5 is absent");
        const Parameters p = InitializeParameters(
            NetworkSpec::WithDefaultActivations({12288, 20, 7, 5, 1}), Initializer::Notebook, 1);
        Hdf5File file(path, Hdf5File::Mode::Read);
        for (size_t l = 1; l <= 4; ++l) {
            const std::string n = std::to_string(l);
            const arma::mat w = file.ReadMatrix("W" + n), b = file.ReadMatrix("b" + n);
            QCOMPARE(p.W[l].n_rows, w.n_rows);
            QCOMPARE(p.W[l].n_cols, w.n_cols);
            // Bit for bit, not approximately: the whole run then follows the notebook's.
            QVERIFY2(arma::all(arma::vectorise(p.W[l] == w)), ("W" + n).c_str());
            QVERIFY2(arma::all(arma::vectorise(p.b[l] == b)), ("b" + n).c_str());
        }
    }

    void seedsBeyondNumpysRangeAreRefused() {
        const NetworkSpec spec = NetworkSpec::WithDefaultActivations({4, 3, 1});
        QVERIFY_THROWS_EXCEPTION(EngineError,
                                 InitializeParameters(spec, Initializer::Notebook, 1ull << 32));
        InitializeParameters(spec, Initializer::Notebook, 0xffffffffu);
    }
};

QTEST_APPLESS_MAIN(TestNumpyRandomState)
#include "tst_numpyrandomstate.moc"
