#include "FeatureStandardiser.h"

#include "EngineError.h"

namespace layerlab {

FeatureStandardiser FeatureStandardiser::Fit(const arma::mat& X) {
    FeatureStandardiser s;
    if (X.n_cols == 0) return s;
    s.m_mean = arma::mean(X, 1);
    s.m_scale =
        X.n_cols > 1 ? arma::vec(arma::stddev(X, 1, 1)) : arma::vec(X.n_rows, arma::fill::ones);
    s.m_scale.transform([](double v) { return v > 1e-12 ? v : 1.0; });
    return s;
}

FeatureStandardiser FeatureStandardiser::Of(const RunDescription& run) {
    FeatureStandardiser s;
    if (!run.Standardised()) return s;
    run.Validate(run.mean.n_elem);  // the same rule the file was read by, for callers that made run
    s.m_mean = run.mean;
    s.m_scale = run.deviation;
    return s;
}

void FeatureStandardiser::Describe(RunDescription& run) const {
    run.mean = m_mean;
    run.deviation = m_scale;
}

void FeatureStandardiser::Apply(arma::mat& X) const {
    if (IsIdentity()) return;
    if (X.n_rows != m_mean.n_elem)
        throw EngineError("cannot standardise " + std::to_string(X.n_rows) +
                          " features with statistics of " + std::to_string(m_mean.n_elem));
    X.each_col() -= m_mean;
    X.each_col() /= m_scale;
}

void FeatureStandardiser::Undo(arma::mat& X) const {
    if (IsIdentity()) return;
    if (X.n_rows != m_mean.n_elem)
        throw EngineError("cannot undo standardisation of " + std::to_string(X.n_rows) +
                          " features with statistics of " + std::to_string(m_mean.n_elem));
    X.each_col() %= m_scale;
    X.each_col() += m_mean;
}

}  // namespace layerlab
