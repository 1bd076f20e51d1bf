#pragma once

// Files that tests craft byte by byte: raw bytes, gzip through zlib, IDX headers and PNGs whose
// header may promise more than their data holds.
#include <zlib.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtTest>
#include <cstdint>
#include <random>
#include <vector>

namespace layerlab::testdata {

inline void WriteBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// bytes then zeroTail zero bytes, gzip-compressed (fast level: zeros shrink ~1000:1 anyway).
inline void WriteGz(const QString& path, const QByteArray& bytes, std::uint64_t zeroTail = 0) {
    gzFile f = gzopen(path.toLocal8Bit().constData(), zeroTail ? "wb1" : "wb");
    QVERIFY(f);
    QCOMPARE(gzwrite(f, bytes.constData(), static_cast<unsigned>(bytes.size())), int(bytes.size()));
    const QByteArray zeros(1 << 20, '\0');
    for (std::uint64_t left = zeroTail; left > 0;) {
        const unsigned chunk = static_cast<unsigned>(std::min<std::uint64_t>(left, zeros.size()));
        QCOMPARE(gzwrite(f, zeros.constData(), chunk), int(chunk));
        left -= chunk;
    }
    QCOMPARE(gzclose(f), Z_OK);
}

inline void AppendBigEndian(QByteArray& out, std::uint32_t v) {
    for (int s = 24; s >= 0; s -= 8) out.append(char((v >> s) & 0xFF));
}

// An IDX file: magic, dims, data.
inline QByteArray Idx(std::uint32_t magic, const std::vector<std::uint32_t>& dims,
                      const QByteArray& data) {
    QByteArray out;
    AppendBigEndian(out, magic);
    for (std::uint32_t d : dims) AppendBigEndian(out, d);
    return out + data;
}

// An IDX folder of `count` train and count/2 test images of rows × cols with labels 0..classes-1.
struct IdxFixture {
    QByteArray trainImages, trainLabels, testImages, testLabels;
    IdxFixture(int count, int rows, int cols, int classes) {
        std::mt19937 rng(7);
        for (int part = 0; part < 2; ++part) {
            const int m = part == 0 ? count : count / 2;
            QByteArray images, labels;
            for (int i = 0; i < m * rows * cols; ++i) images.append(char(rng() & 0xFF));
            for (int i = 0; i < m; ++i) labels.append(char(i % classes));
            (part == 0 ? trainImages : testImages) =
                Idx(0x803, {std::uint32_t(m), std::uint32_t(rows), std::uint32_t(cols)}, images);
            (part == 0 ? trainLabels : testLabels) = Idx(0x801, {std::uint32_t(m)}, labels);
        }
    }
    void Write(const QString& folder, bool gz) const {
        QDir().mkpath(folder);
        const QString ext = gz ? ".gz" : "";
        auto put = [&](const QString& name, const QByteArray& b) {
            gz ? WriteGz(folder + "/" + name + ext, b) : WriteBytes(folder + "/" + name + ext, b);
        };
        put("train-images-idx3-ubyte", trainImages);
        put("train-labels-idx1-ubyte", trainLabels);
        put("t10k-images-idx3-ubyte", testImages);
        put("t10k-labels-idx1-ubyte", testLabels);
    }
};

// An 8-bit RGB PNG of width × height in one colour, written chunk by chunk with zlib so that a
// large one costs no QImage of its size. rows < height writes a header that promises more than
// the data holds (a decompression bomb's shape).
inline void WritePng(const QString& path, std::uint32_t width, std::uint32_t height, std::uint8_t r,
                     std::uint8_t g, std::uint8_t b, std::uint32_t rows) {
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    auto chunk = [&png](const char* type, const QByteArray& data) {
        AppendBigEndian(png, static_cast<std::uint32_t>(data.size()));
        const QByteArray typed = QByteArray(type, 4) + data;
        png += typed;
        AppendBigEndian(png, static_cast<std::uint32_t>(
                                 crc32(0, reinterpret_cast<const Bytef*>(typed.constData()),
                                       static_cast<uInt>(typed.size()))));
    };
    QByteArray header;
    AppendBigEndian(header, width);
    AppendBigEndian(header, height);
    header.append("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, no filter, no interlace
    chunk("IHDR", header);
    QByteArray line(1 + 3 * qsizetype(width), '\0');  // filter byte 0, then the pixels
    for (std::uint32_t x = 0; x < width; ++x) {
        line[1 + 3 * x] = char(r);
        line[2 + 3 * x] = char(g);
        line[3 + 3 * x] = char(b);
    }
    z_stream z{};
    QCOMPARE(deflateInit(&z, 1), Z_OK);
    QByteArray compressed;
    std::vector<Bytef> out(1 << 16);
    for (std::uint32_t y = 0; y <= rows; ++y) {
        const bool last = y == rows;
        z.next_in = reinterpret_cast<Bytef*>(line.data());
        z.avail_in = last ? 0 : static_cast<uInt>(line.size());
        do {
            z.next_out = out.data();
            z.avail_out = static_cast<uInt>(out.size());
            deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            compressed.append(reinterpret_cast<const char*>(out.data()),
                              qsizetype(out.size() - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    chunk("IDAT", compressed);
    chunk("IEND", {});
    WriteBytes(path, png);
}

}  // namespace layerlab::testdata
