#pragma once

#include <QCoreApplication>
#include <QString>
#include <armadillo>
#include <cstdint>

#include "DataSet.h"
#include "NetworkSpec.h"

namespace layerlab {

// What a gradient check checks, for `layerlab gradcheck` and the window's gradient check alike:
// the first examples of the training set, a sample of each W[l] and b[l], and the work that
// costs, refused above a limit. One rule in one place, so both check the same thing.
class GradientCheckPlan {
    Q_DECLARE_TR_FUNCTIONS(layerlab::GradientCheckPlan)
public:
    // Examples the cost is computed on: enough that every unit sees varied inputs, few enough
    // that the two forward passes per checked parameter stay cheap.
    static constexpr std::uint64_t kDefaultExamples = 16;
    // Elements of each W[l] and b[l] checked: a wrong derivative spoils every element of a layer,
    // so a sample finds it (the course network: 413 of 245973 parameters, well under a second).
    static constexpr std::uint64_t kDefaultSample = 200;
    // The most multiply-adds a check may take (≈ 2 forward passes per checked parameter): about
    // a minute here (the course network: 5213 parameters in 12 s). A larger check is refused up
    // front, with how to make it smaller, instead of running for hours without a word.
    static constexpr double kMaxMultiplyAdds = 2e11;

    // How many parameters a check with samplePerTensor (0 = all) perturbs.
    static std::uint64_t CheckedCount(const NetworkSpec& spec, std::uint64_t samplePerTensor);
    // The multiply-adds of checking `checked` parameters on m examples: two forward passes each,
    // plus the one forward and backward pass for backprop's gradients.
    static double MultiplyAdds(const NetworkSpec& spec, std::uint64_t checked, std::uint64_t m);

    // The plan for spec on the first min(examples, available) of `available` training examples.
    GradientCheckPlan(const NetworkSpec& spec, arma::uword available,
                      std::uint64_t examples = kDefaultExamples,
                      std::uint64_t samplePerTensor = kDefaultSample);

    arma::uword Examples() const { return m_examples; }
    std::uint64_t SamplePerTensor() const { return m_sample; }
    std::uint64_t Checked() const { return m_checked; }
    std::uint64_t Total() const { return m_total; }
    double Work() const { return m_work; }
    bool TooLarge() const { return m_work > kMaxMultiplyAdds; }
    // The refusal of a check that is TooLarge(): what it would cost against the limit, then
    // howToFix (what the caller's user can change: options on the command line, layers in the
    // window).
    QString TooLargeMessage(const QString& howToFix) const;

    // The examples the check uses: the first Examples() of train, as doubles (train may hold
    // 8-bit codes), with its labels, class names and image shape.
    DataSet Subset(const DataSet& train) const;

private:
    arma::uword m_examples = 0;
    std::uint64_t m_sample = 0;
    std::uint64_t m_checked = 0;
    std::uint64_t m_total = 0;
    double m_work = 0.0;
};

}  // namespace layerlab
