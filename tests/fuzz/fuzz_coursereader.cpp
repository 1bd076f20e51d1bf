// libFuzzer target: a course-style .h5 (train_set_x, train_set_y, list_classes) as a student
// downloads it. Any input must give a DataSet or an EngineError: never a crash, a hang or an
// allocation past the memory budget (scripts/fuzz.sh sets a small one and -rss_limit_mb).
#include <cstddef>
#include <cstdint>

#include "CourseDataReader.h"
#include "EngineError.h"
#include "FuzzFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = FuzzFile::Write("train_x.h5", data, size);
    try {
        const layerlab::DataSet d = layerlab::CourseDataReader::ReadFile(path);
        // Touch what was read, so a reader that claims more than it filled shows under ASan.
        const arma::vec last = d.Count() > 0 ? d.Column(d.Count() - 1) : arma::vec();
        volatile double sink = last.n_elem > 0 ? last[last.n_elem - 1] : 0.0;
        (void)sink;
    } catch (const layerlab::EngineError&) {
    }
    return 0;
}
