#pragma once

#include <QString>

#include "DataSet.h"
#include "Parameters.h"
#include "RunDescription.h"
#include "datasets/FeatureStandardiser.h"

namespace layerlab {

// A saved model as the window opens and saves it: ParameterIO's HDF5 file, checked against the
// data set it is to be trained and shown on.
class ModelFile {
public:
    // Reads the model at path and checks that it fits train: its input size and its output
    // classes, and its standardisation: a model that records one is opened only on data
    // standardised with the same training mean and deviation (standardiser), and a model that
    // records its run without one only on data that is not standardised, since the window
    // trains and predicts on the data as it was opened. A file from before models recorded
    // their run is taken as it is. Class names and an image shape the file lacks are taken from
    // train. Throws EngineError naming the file and what does not fit.
    static Parameters Open(const QString& path, const DataSet& train,
                           const FeatureStandardiser& standardiser = {});
    // The rule Open applies, for every caller that pairs a model with data (the window, eval):
    // the model's inputs match the data's values per example and its outputs the data's classes.
    // Throws EngineError "<file>: ..." saying what does not fit.
    static void RequireFits(const std::string& file, const Parameters& p, const DataSet& data);
    // Writes p and what is known of its run to path; a failed write leaves no half file. Throws
    // EngineError.
    static void Save(const QString& path, const Parameters& p, const RunDescription& run = {});
};

}  // namespace layerlab
