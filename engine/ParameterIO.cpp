#include "ParameterIO.h"

#include <sstream>

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
}  // namespace

namespace layerlab {

void ParameterIO::Save(const std::string& path, const Parameters& p) {
    p.Validate();
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
    file.Close();
}

Parameters ParameterIO::Load(const std::string& path) {
    Hdf5File file(path, Hdf5File::Mode::Read);
    if (!file.Has("W1"))
        throw EngineError(path + ": has no dataset 'W1'; a model file holds W1, b1, ... WL, bL");
    Parameters p;
    p.W.emplace_back();
    p.b.emplace_back();
    for (size_t l = 1; file.Has(Name('W', l)); ++l) {
        const std::string wl = Name('W', l), bl = Name('b', l);
        if (!file.Has(bl)) throw EngineError(path + ": has " + wl + " but no " + bl);
        p.W.push_back(file.ReadMatrix(wl));
        p.b.push_back(file.ReadMatrix(bl));
        if (l == 1) p.spec.sizes.push_back(p.W[1].n_cols);
        if (p.W[l].n_cols != p.spec.sizes.back())
            throw EngineError(path + ": " + wl + " has " + std::to_string(p.W[l].n_cols) +
                              " columns but layer " + std::to_string(l - 1) + " has " +
                              std::to_string(p.spec.sizes.back()) + " units");
        p.spec.sizes.push_back(p.W[l].n_rows);
    }
    if (file.HasAttribute("class_names")) {
        std::stringstream in(file.ReadStringAttribute("class_names"));
        for (std::string line; std::getline(in, line);) p.classNames.push_back(line);
    }
    if (file.HasAttribute("image_shape")) {
        const auto shape = file.ReadUIntArrayAttribute("image_shape");
        if (shape.size() == 3) p.imageShape = {shape[0], shape[1], shape[2]};
    }
    try {
        if (file.HasAttribute("activations")) {
            p.spec.activations = ParseActivations(file.ReadStringAttribute("activations"));
        } else {
            p.spec = NetworkSpec::WithDefaultActivations(p.spec.sizes);
        }
        p.Validate();
    } catch (const EngineError& e) {
        // Name the file, unless Hdf5File already did.
        const std::string what = e.what();
        throw EngineError(what.rfind(path, 0) == 0 ? what : path + ": " + what);
    }
    return p;
}

}  // namespace layerlab
