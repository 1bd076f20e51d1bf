// libFuzzer target: a saved model (W1, b1, … with attributes), as classmates share them. Any
// input must give Parameters or an EngineError, and what loads must predict without a fault.
#include <cstddef>
#include <cstdint>

#include "EngineError.h"
#include "FuzzFile.h"
#include "ParameterIO.h"
#include "Prediction.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = FuzzFile::Write("model.h5", data, size);
    try {
        const layerlab::Parameters p = layerlab::ParameterIO::Load(path);
        if (!p.W.empty() && p.W.front().n_cols <= 4096) {
            // One all-zero example through the loaded network: shapes that load must chain.
            const arma::mat x(p.W.front().n_cols, 1, arma::fill::zeros);
            (void)p.Predict(x);
        }
    } catch (const layerlab::EngineError&) {
    }
    return 0;
}
