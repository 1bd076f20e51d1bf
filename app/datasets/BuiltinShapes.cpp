#include "BuiltinShapes.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <cmath>

#include "EngineError.h"
#include "ImageEncoder.h"
#include "LoadCancelled.h"

namespace layerlab {
namespace {

const char* const kNames[BuiltinShapes::kMaxClasses] = {"circle", "square", "triangle", "cross",
                                                        "star"};

int ClassCount(const QString& spec) {
    static const QRegularExpression pattern(QStringLiteral("^builtin:shapes([0-9]*)$"));
    const auto match = pattern.match(spec.trimmed().toLower());
    if (!match.hasMatch()) return 0;
    return match.captured(1).isEmpty() ? 2 : match.captured(1).toInt();
}

// A polygon of `points` corners alternating between radius r and inner * r, centred on 0;
// inner = cos(pi / points) puts the inner corners on the straight edges: a regular polygon.
QPolygonF Star(int points, double r, double inner) {
    QPolygonF p;
    for (int i = 0; i < 2 * points; ++i) {
        const double a = -M_PI / 2 + i * M_PI / points;
        const double radius = i % 2 ? r * inner : r;
        p << QPointF(radius * std::cos(a), radius * std::sin(a));
    }
    return p;
}

QColor RandomColour(std::mt19937_64& rng) {
    std::uniform_int_distribution<int> c(0, 255);
    return QColor(c(rng), c(rng), c(rng));
}

double Luma(const QColor& c) {
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue();
}

}  // namespace

bool BuiltinShapes::IsSpec(const QString& spec) {
    return spec.trimmed().startsWith("builtin:", Qt::CaseInsensitive);
}

std::vector<std::string> BuiltinShapes::ClassNames(int classCount) {
    return std::vector<std::string>(kNames, kNames + classCount);
}

QImage BuiltinShapes::Draw(int shapeClass, QSize size, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // The shape is always clearly lighter than its background, so the task is about shape, not
    // about spotting a faint outline; colours still vary so no single colour gives it away.
    QColor background = RandomColour(rng), fill = RandomColour(rng);
    while (Luma(fill) - Luma(background) < 80) {
        background = RandomColour(rng);
        fill = RandomColour(rng);
    }

    QImage image(size, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(size.width(), size.height());
    const double r = side * (0.25 + 0.1 * unit(rng));  // radius: 25–35 % of the side
    const double jitter = side * 0.09;                 // centre within ±9 % of the middle
    painter.translate(size.width() / 2.0 + jitter * (2 * unit(rng) - 1),
                      size.height() / 2.0 + jitter * (2 * unit(rng) - 1));
    painter.rotate(30.0 * (unit(rng) - 0.5));  // ±15°: a tilted square is still a square
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    switch (shapeClass) {
        case 0:
            painter.drawEllipse(QPointF(0, 0), r, r);
            break;
        case 1:
            painter.drawRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7));
            break;
        case 2:
            painter.drawPolygon(Star(3, r, 0.5));
            break;
        case 3: {
            const double t = r * 0.35;
            painter.drawRect(QRectF(-r, -t, 2 * r, 2 * t));
            painter.drawRect(QRectF(-t, -r, 2 * t, 2 * r));
            break;
        }
        default:
            painter.drawPolygon(Star(5, r, 0.45));
            break;
    }
    painter.end();

    // Pixel noise, so no two pictures of the same shape are identical: triangular noise
    // (the sum of two uniform bytes) of deviation about 8, four values per 64-bit draw, since
    // std::normal_distribution would take most of the start-up time.
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            std::uint64_t bits = rng();
            auto channel = [&bits](int v) {
                const int noise =
                    static_cast<int>(bits & 0xFF) + static_cast<int>((bits >> 8) & 0xFF) - 255;
                bits >>= 16;
                return std::clamp(v + noise / 12, 0, 255);
            };
            line[x] =
                qRgb(channel(qRed(line[x])), channel(qGreen(line[x])), channel(qBlue(line[x])));
        }
    }
    return image;
}

LoadedData BuiltinShapes::Generate(const QString& spec, const LoadOptions& options) {
    const int classes = ClassCount(spec);
    if (classes < 2 || classes > kMaxClasses)
        throw EngineError(spec.toStdString() +
                          ": not a built-in data set; use builtin:shapes (circle vs square) or "
                          "builtin:shapes3 … builtin:shapes5 for more shapes");
    const QSize size = options.imageSize.isValid() ? options.imageSize : QSize(32, 32);
    const std::array<arma::uword, 3> shape{static_cast<arma::uword>(size.height()),
                                           static_cast<arma::uword>(size.width()),
                                           options.grayscale ? 1u : 3u};
    std::mt19937_64 rng(options.seed);
    LoadedData out;
    const qint64 total = static_cast<qint64>(classes) * (kTrainPerClass + kTestPerClass);
    qint64 done = 0;
    for (bool test : {false, true}) {
        DataSet& d = test ? out.test : out.train;
        const arma::uword m =
            static_cast<arma::uword>(classes) * (test ? kTestPerClass : kTrainPerClass);
        d.codes.set_size(shape[0] * shape[1] * shape[2], m);
        d.y.set_size(m);
        for (arma::uword i = 0; i < m; ++i) {
            if (options.Cancelled()) throw LoadCancelled();
            d.y[i] = i % classes;
            d.codes.col(i) =
                ImageEncoder::EncodeCodes(Draw(static_cast<int>(d.y[i]), size, rng), shape);
            options.Report(++done, total);
        }
        d.classNames = ClassNames(classes);
        d.imageShape = shape;
        d.source = QStringLiteral("builtin:shapes%1")
                       .arg(classes == 2 ? QString() : QString::number(classes))
                       .toStdString();
    }
    return out;
}

}  // namespace layerlab
