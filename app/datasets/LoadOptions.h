#pragma once

#include <QSize>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>

namespace layerlab {

// How a data set is read: what the user chose in File ▸ Open data set or on the command line.
struct LoadOptions {
    // Pictures are resized to this (width × height); invalid = the source's own default
    // (64×64 for image folders, 32×32 for the built-in shapes). IDX and course files keep theirs.
    QSize imageSize;
    bool grayscale = false;
    // Classes to keep, by index or by name ("7", "Sneaker"); relabelled 0..k-1 in the order given.
    // Empty keeps every class.
    QStringList classes;
    // Seeds the built-in drawing and the train/test split of folders without train/ and test/.
    std::uint64_t seed = 1;
    double testFraction = 0.2;
    // Subtract the training mean and divide by the training standard deviation, per feature,
    // after the ÷255 every source applies.
    bool standardise = false;
    // Called from the loading thread with work done so far and the total (images or bytes).
    std::function<void(qint64 done, qint64 total)> progress;
    // Set from another thread to abandon the load; the loader then throws LoadCancelled.
    const std::atomic<bool>* cancel = nullptr;

    // Throws EngineError when a setting cannot be used: a test fraction outside [0, 1) (NaN and
    // infinities included, whatever front end set it) or an image size over 1024×1024.
    void Validate() const;
    bool Cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void Report(qint64 done, qint64 total) const {
        if (progress) progress(done, total);
    }
};

}  // namespace layerlab
