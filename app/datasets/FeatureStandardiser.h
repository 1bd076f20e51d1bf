#pragma once

#include <armadillo>

#include "RunDescription.h"

namespace layerlab {

// Optional standardisation per feature, fitted on the training set only (so the test set tells
// the truth) and applied the same way to test images and to pictures dropped for prediction.
class FeatureStandardiser {
public:
    // Mean and standard deviation of each row of X; a constant feature keeps scale 1 so it
    // maps to 0 instead of dividing by zero.
    static FeatureStandardiser Fit(const arma::mat& X);
    // The standardisation a saved model was trained with, as ParameterIO::Load read and checked
    // it; identity for a model that records none.
    static FeatureStandardiser Of(const RunDescription& run);
    // Records this standardisation in run, for ParameterIO::Save (nothing for identity).
    void Describe(RunDescription& run) const;
    void Apply(arma::mat& X) const;
    // The inverse, for showing a standardised column as a picture.
    void Undo(arma::mat& X) const;
    bool IsIdentity() const { return m_mean.is_empty(); }
    const arma::vec& Mean() const { return m_mean; }
    const arma::vec& Scale() const { return m_scale; }

private:
    arma::vec m_mean;
    arma::vec m_scale;
};

}  // namespace layerlab
