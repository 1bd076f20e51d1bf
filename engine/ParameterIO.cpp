#include "ParameterIO.h"

#include <algorithm>
#include <sstream>

#include "DataSet.h"
#include "EngineError.h"
#include "Hdf5File.h"
#include "OutputFile.h"

namespace {
// "W3", "b3": built with append, which GCC 12 does not misreport under -Wrestrict.
std::string Name(char kind, size_t l) {
    return std::string(1, kind).append(std::to_string(l));
}

std::string Join(const std::vector<std::string>& items, char separator) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += separator;
        out += items[i];
    }
    return out;
}

// The names the run's description is saved under (see ParameterIO.h).
constexpr const char* kHyperparameters = "hyperparameters";
constexpr const char* kData = "data";
constexpr const char* kDataHash = "data_hash";
constexpr const char* kRunId = "run_id";
constexpr const char* kStandardisation = "standardisation";
constexpr const char* kMean = "standardisation/mean";
constexpr const char* kDeviation = "standardisation/deviation";
constexpr const char* kDamaged = "the file is damaged or was not written for this model";
}  // namespace

namespace layerlab {
namespace {

void WriteDescription(Hdf5File& file, const RunDescription& run) {
    for (const auto& [name, value] :
         {std::pair{kHyperparameters, &run.hyperparameters}, std::pair{kData, &run.data},
          std::pair{kDataHash, &run.dataHash}})
        if (!value->empty()) file.WriteStringAttribute(name, *value);
    if (run.runId > 0) file.WriteIntegerAttribute(kRunId, run.runId);
    if (run.Standardised()) {
        file.CreateGroup(kStandardisation);
        file.WriteVector(kMean, run.mean);
        file.WriteVector(kDeviation, run.deviation);
    }
}

// One per-input vector of the standardisation: rank 1 (or a column, as NumPy may save it) of
// at most the model's inputs, checked against the file before it is read.
arma::vec ReadStatistic(const Hdf5File& file, const char* name) {
    if (!file.Has(name)) return {};
    const std::vector<hsize_t> shape = file.MatrixShape(name);
    if (shape[1] != 1)
        throw EngineError(file.Path() + ": '" + name + "' is " + std::to_string(shape[0]) + " × " +
                          std::to_string(shape[1]) +
                          "; it must hold one value per input, as a vector");
    file.CheckNumeric(name, sizeof(double));
    arma::vec v(shape[0]);
    file.ReadDoublesInto(name, v.memptr(), v.n_elem);
    return v;
}

RunDescription ReadDescription(const Hdf5File& file) {
    RunDescription run;
    for (const auto& [name, value] :
         {std::pair{kHyperparameters, &run.hyperparameters}, std::pair{kData, &run.data},
          std::pair{kDataHash, &run.dataHash}})
        if (file.HasAttribute(name)) *value = file.ReadStringAttribute(name);
    if (file.HasAttribute(kRunId)) run.runId = file.ReadIntegerAttribute(kRunId);
    if (file.Has(kStandardisation)) {
        run.mean = ReadStatistic(file, kMean);
        run.deviation = ReadStatistic(file, kDeviation);
        // Ignoring it would feed the model inputs it was not trained on.
        if (!run.Standardised())
            throw EngineError(file.Path() + ": has '" + kStandardisation + "' but no " + kMean +
                              " or " + kDeviation + " in it");
    }
    return run;
}

}  // namespace

void ParameterIO::Save(const std::string& path, const Parameters& p, const RunDescription& run) {
    p.Validate();
    try {
        run.Validate(p.spec.sizes.front());
    } catch (const EngineError& e) {
        throw EngineError(path + ": the model was not saved: " + e.what());
    }
    // Refused before the file is built: a folder, a socket, a missing folder.
    OutputFile::Check(path);
    // Built in memory; Close() writes it through OutputFile, atomically, never replacing a stream.
    Hdf5File file(path, Hdf5File::Mode::CreateTruncate);
    for (size_t l = 1; l <= p.L(); ++l) {
        file.WriteMatrix(Name('W', l), p.W[l]);
        file.WriteMatrix(Name('b', l), p.b[l]);
    }
    std::vector<std::string> acts;
    for (Activation a : p.spec.activations) acts.push_back(ToString(a));
    file.WriteStringAttribute("activations", Join(acts, ','));
    file.WriteStringAttribute("class_names", Join(p.classNames, '\n'));
    file.WriteUIntArrayAttribute("image_shape",
                                 {p.imageShape[0], p.imageShape[1], p.imageShape[2]});
    file.WriteStringAttribute("format", "layerlab-parameters-1");
    WriteDescription(file, run);
    file.Close();
}

namespace {

// The layer number of "W12" / "b12" (0 for any other name).
size_t LayerOf(const std::string& name, char kind) {
    if (name.size() < 2 || name[0] != kind || name.size() > 10) return 0;
    if (!std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return 0;
    return std::stoul(name.substr(1));
}

}  // namespace

Parameters ParameterIO::Load(const std::string& path, RunDescription* runOut) {
    Hdf5File file(path, Hdf5File::Mode::Read);
    if (!file.Has("W1"))
        throw EngineError(path + ": has no dataset 'W1'; a model file holds W1, b1, ... WL, bL");
    // Shapes first, from the file's metadata alone; the weights are read last.
    size_t L = 0;
    while (file.Has(Name('W', L + 1))) ++L;
    for (const std::string& name : file.Names()) {
        if (const size_t l = LayerOf(name, 'W'); l > L)
            throw EngineError(path + ": has " + name + " but no " + Name('W', L + 1) +
                              "; a model file holds W1, b1, ... WL, bL with no layer missing");
        if (const size_t l = LayerOf(name, 'b'); l > L)
            throw EngineError(path + ": has " + name + " but no " + Name('W', l));
    }
    Parameters p;
    for (size_t l = 1; l <= L; ++l) {
        const std::string wl = Name('W', l), bl = Name('b', l);
        if (!file.Has(bl)) throw EngineError(path + ": has " + wl + " but no " + bl);
        const std::vector<hsize_t> shape = file.MatrixShape(wl);
        // Each matrix's claimed size against the budget and the file, naming the dataset; the
        // row-major copy and its transpose are both held while it is read.
        file.CheckNumeric(wl, 2 * sizeof(double));
        file.CheckNumeric(bl, 2 * sizeof(double));
        if (l == 1) p.spec.sizes.push_back(shape[1]);
        if (shape[1] != p.spec.sizes.back())
            throw EngineError(path + ": " + wl + " has " + std::to_string(shape[1]) +
                              " columns but layer " + std::to_string(l - 1) + " has " +
                              std::to_string(p.spec.sizes.back()) + " units");
        p.spec.sizes.push_back(shape[0]);
    }
    // Name the file, unless Hdf5File already did.
    const auto named = [&path](const EngineError& e) {
        const std::string what = e.what();
        return EngineError(what.rfind(path, 0) == 0 ? what : path + ": " + what);
    };
    try {
        if (file.HasAttribute("activations")) {
            p.spec.activations = ParseActivations(file.ReadStringAttribute("activations"));
        } else {
            p.spec = NetworkSpec::WithDefaultActivations(p.spec.sizes);
        }
        p.spec.Validate();  // impossible sizes and the memory budget, before any weight is read
    } catch (const EngineError& e) {
        throw named(e);
    }
    if (file.HasAttribute("class_names")) {
        std::stringstream in(file.ReadStringAttribute("class_names"));
        for (std::string line; std::getline(in, line);) p.classNames.push_back(line);
    }
    if (file.HasAttribute("image_shape")) {
        const auto shape = file.ReadUIntArrayAttribute("image_shape");
        if (shape.size() == 3) p.imageShape = {shape[0], shape[1], shape[2]};
    }
    // The description before the weights: its vectors are at most the inputs' size, and a
    // standardisation that does not fit is refused before anything large is read.
    RunDescription run;
    try {
        run = ReadDescription(file);
        run.Validate(p.spec.sizes.front());
    } catch (const EngineError& e) {
        throw EngineError(named(e).what() + std::string("; ") + kDamaged);
    }
    p.W.emplace_back();
    p.b.emplace_back();
    for (size_t l = 1; l <= L; ++l) {
        p.W.push_back(file.ReadMatrix(Name('W', l)));
        p.b.push_back(file.ReadMatrix(Name('b', l)));
    }
    try {
        p.Validate();
        // A model's own class names must fit its outputs, by the rule training uses.
        if (!p.classNames.empty())
            DataSet::RequireOutputsFit(p.spec.sizes.back(), p.classNames.size());
    } catch (const EngineError& e) {
        throw named(e);
    }
    if (runOut) *runOut = std::move(run);
    return p;
}

}  // namespace layerlab
