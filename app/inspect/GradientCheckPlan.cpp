#include "GradientCheckPlan.h"

#include <algorithm>

#include "MemoryBudget.h"

namespace layerlab {

std::uint64_t GradientCheckPlan::CheckedCount(const NetworkSpec& spec,
                                              std::uint64_t samplePerTensor) {
    std::uint64_t checked = 0;
    for (size_t l = 1; l <= spec.L(); ++l) {
        const std::uint64_t w = MemoryBudget::Multiply({spec.sizes[l], spec.sizes[l - 1]});
        const std::uint64_t b = spec.sizes[l];
        checked = MemoryBudget::Add({checked, samplePerTensor ? std::min(w, samplePerTensor) : w,
                                     samplePerTensor ? std::min(b, samplePerTensor) : b});
    }
    return checked;
}

double GradientCheckPlan::MultiplyAdds(const NetworkSpec& spec, std::uint64_t checked,
                                       std::uint64_t m) {
    double perPass = 0.0;
    for (size_t l = 1; l <= spec.L(); ++l)
        perPass += double(spec.sizes[l]) * double(spec.sizes[l - 1]) * double(m);
    // Backward costs about two forward passes.
    return perPass * (2.0 * double(checked) + 3.0);
}

GradientCheckPlan::GradientCheckPlan(const NetworkSpec& spec, arma::uword available,
                                     std::uint64_t examples, std::uint64_t samplePerTensor)
    : m_examples(static_cast<arma::uword>(std::min<std::uint64_t>(available, examples))),
      m_sample(samplePerTensor),
      m_checked(CheckedCount(spec, samplePerTensor)),
      m_total(spec.ParameterCount()),
      m_work(MultiplyAdds(spec, m_checked, m_examples)) {}

QString GradientCheckPlan::TooLargeMessage(const QString& howToFix) const {
    return tr("checking %1 of %2 parameters on %3 examples would take about %4 multiply-adds "
              "(2 forward passes per parameter; the limit is %5, about a minute): %6")
        .arg(m_checked)
        .arg(m_total)
        .arg(m_examples)
        .arg(m_work, 0, 'g', 2)
        .arg(kMaxMultiplyAdds, 0, 'g', 2)
        .arg(howToFix);
}

DataSet GradientCheckPlan::Subset(const DataSet& train) const {
    DataSet subset;
    subset.classNames = train.classNames;
    subset.imageShape = train.imageShape;
    subset.source = train.source;
    if (m_examples == 0) return subset;
    subset.X = train.Columns(arma::regspace<arma::uvec>(0, m_examples - 1)).Values<double>();
    subset.y = train.y.cols(0, m_examples - 1);
    return subset;
}

}  // namespace layerlab
