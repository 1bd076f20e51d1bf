// The committed translations against the sources: lupdate reads the sources afresh, and every
// string it finds must be in layerlab_zh_CN.ts, translated, with the same placeholders; none may
// be left over from strings the sources no longer have; every plural must have its English forms
// in layerlab_en.ts; every use of a term of docs/glossary.md must be translated with its Chinese.
// Run `ninja update_translations` after changing a string, then translate it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    bool numerus = false;
    bool finished = false;
    QStringList translations;  // one, or one per plural form
};
// context + "\x1f" + source + "\x1f" + comment → its translation
using Messages = QMap<QString, Message>;

Messages Read(const QString& path) {
    Messages out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return out;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = {};
            source.clear();
            comment.clear();
            m.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value("type").toString();
            m.finished = type.isEmpty();
            if (m.numerus) {
                while (xml.readNextStartElement()) m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            m.finished = m.finished && !m.translations.isEmpty() &&
                         std::none_of(m.translations.begin(), m.translations.end(),
                                      [](const QString& t) { return t.isEmpty(); });
            out.insert(context + '\x1f' + source + '\x1f' + comment, m);
        }
    }
    return out;
}

QString Shown(const QString& key) {
    return QString(key).replace('\x1f', QLatin1String(" | "));
}

// %1…%99 and %n, as a sorted set: a translation may reorder them, never drop or add one.
QStringList Placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

// A row of docs/glossary.md: the English forms of a term and the Chinese every use must contain.
struct Term {
    QString english;
    QString chinese;
};

// The glossary's table rows ("| cost, costs | 代价 | … |"), one Term per English form, longest
// form first so "bias correction" claims its words before "bias" does.
QList<Term> ReadGlossary(const QString& path) {
    QList<Term> terms;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return terms;
    bool inTable = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith('|')) {
            inTable = false;
            continue;
        }
        const QStringList cells = line.mid(1).split('|');
        if (cells.size() < 3) continue;
        const QString first = cells[0].trimmed();
        if (first == QLatin1String("English")) {
            inTable = true;
            continue;
        }
        if (!inTable || first.startsWith(QLatin1String("---"))) continue;
        for (const QString& form : first.split(',', Qt::SkipEmptyParts))
            terms.append({form.trimmed(), cells[1].trimmed()});
    }
    std::stable_sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
        return a.english.size() > b.english.size();
    });
    return terms;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!QFileInfo(LAYERLAB_LUPDATE).isExecutable())
            QSKIP("lupdate is not installed (Debian: qt6-l10n-tools): translations not checked");
        QVERIFY(m_dir.isValid());
        // lupdate writes into a copy of the committed file, as `ninja update_translations` does.
        for (const char* name : {"layerlab_zh_CN.ts", "layerlab_en.ts"})
            QVERIFY(QFile::copy(QStringLiteral(LAYERLAB_TS_DIR "/") + name, m_dir.filePath(name)));
        Run({"-locations", "none", "-no-obsolete", "@" LAYERLAB_TRANSLATED_SOURCES_LIST, "-ts",
             m_dir.filePath("layerlab_zh_CN.ts")});
        Run({"-pluralonly", "-locations", "none", "-no-obsolete",
             "@" LAYERLAB_TRANSLATED_SOURCES_LIST, "-ts", m_dir.filePath("layerlab_en.ts")});
        m_fresh = Read(m_dir.filePath("layerlab_zh_CN.ts"));
        m_committed = Read(QStringLiteral(LAYERLAB_TS_DIR "/layerlab_zh_CN.ts"));
    }

    void sourcesHaveStrings() { QVERIFY2(m_fresh.size() > 200, "lupdate found too few strings"); }

    void everyStringIsTranslated() {
        QStringList missing;
        for (auto it = m_fresh.cbegin(); it != m_fresh.cend(); ++it)
            if (!m_committed.contains(it.key()))
                missing << "new, not in the .ts: " + Shown(it.key());
            else if (!m_committed[it.key()].finished)
                missing << "unfinished: " + Shown(it.key());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
    }

    void noStringFiledUnderANamespace() {
        // A tr() in a free function is filed by lupdate under the namespace ("layerlab"), but
        // looked up at run time under whatever context the call names: it never shows
        // translated. Such calls must spell their context out with QCoreApplication::translate.
        QStringList wrong;
        for (auto it = m_fresh.cbegin(); it != m_fresh.cend(); ++it)
            if (it.key().section('\x1f', 0, 0) == QLatin1String("layerlab"))
                wrong << Shown(it.key());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join('\n')));
    }

    void noStaleStrings() {
        QStringList stale;
        for (auto it = m_committed.cbegin(); it != m_committed.cend(); ++it)
            if (!m_fresh.contains(it.key())) stale << Shown(it.key());
        QVERIFY2(stale.isEmpty(),
                 qPrintable("no longer in the sources (run ninja update_translations):\n" +
                            stale.join('\n')));
    }

    void placeholdersKept() {
        QStringList wrong;
        for (auto it = m_committed.cbegin(); it != m_committed.cend(); ++it) {
            const QString source = it.key().section('\x1f', 1, 1);
            for (const QString& t : it->translations)
                if (Placeholders(t) != Placeholders(source)) wrong << Shown(it.key()) + " → " + t;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join('\n')));
    }

    void englishPluralsComplete() {
        const Messages fresh = Read(m_dir.filePath("layerlab_en.ts"));
        const Messages committed = Read(QStringLiteral(LAYERLAB_TS_DIR "/layerlab_en.ts"));
        QStringList missing;
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            if (!it->numerus) continue;
            const Message m = committed.value(it.key());
            if (!m.finished || m.translations.size() != 2) missing << Shown(it.key());
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable("English plural forms missing:\n" + missing.join('\n')));
        QVERIFY(!fresh.isEmpty());
    }

    void glossaryFollowed() {
        const QList<Term> terms = ReadGlossary(QStringLiteral(LAYERLAB_GLOSSARY));
        QVERIFY2(terms.size() >= 40, "docs/glossary.md: its table was not found or is too short");
        QStringList wrong;
        int uses = 0;
        for (auto it = m_committed.cbegin(); it != m_committed.cend(); ++it) {
            const QString source = it.key().section('\x1f', 1, 1);
            QList<std::pair<qsizetype, qsizetype>> claimed;
            for (const Term& term : terms) {
                // A whole word, not a formula's variable (rate·epoch) nor part of a name
                // (builtin:shapes).
                const QRegularExpression re(QStringLiteral("(?<![\\w·^⌊:-])") +
                                                QRegularExpression::escape(term.english) +
                                                QStringLiteral("(?![\\w-])"),
                                            QRegularExpression::CaseInsensitiveOption);
                for (auto m = re.globalMatch(source); m.hasNext();) {
                    const auto match = m.next();
                    const qsizetype from = match.capturedStart(), to = match.capturedEnd();
                    if (std::any_of(claimed.begin(), claimed.end(), [&](const auto& span) {
                            return span.first <= from && to <= span.second;
                        }))
                        continue;
                    claimed.append({from, to});
                    ++uses;
                    for (const QString& t : it->translations)
                        if (!t.contains(term.chinese, Qt::CaseInsensitive))
                            wrong << QStringLiteral("“%1” is %2 in the glossary: %3 → %4")
                                         .arg(term.english, term.chinese, Shown(it.key()), t);
                }
            }
        }
        QVERIFY2(uses > 300, qPrintable(QStringLiteral("only %1 glossary terms used").arg(uses)));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join('\n')));
    }

private:
    void Run(const QStringList& args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(LAYERLAB_LUPDATE), args);
        QVERIFY2(p.waitForFinished(120'000), "lupdate did not finish");
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    }

    QTemporaryDir m_dir;
    Messages m_fresh, m_committed;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
