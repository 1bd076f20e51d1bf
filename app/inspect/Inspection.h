#pragma once

#include <QMetaType>
#include <QString>
#include <armadillo>
#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "ExampleChoice.h"
#include "ExampleTrace.h"
#include "GlassBoxNeuron.h"
#include "HealthFindings.h"
#include "LayerStatistics.h"
#include "Parameters.h"

namespace layerlab {

// ‖dW[l]‖ / ‖W[l]‖ of every layer at each inspected iteration of one run: the health view's
// curves. Shared read-only between inspections; each inspection that measures adds a point to a
// new copy, so a view holding an older one never sees it change.
struct GradientRatios {
    std::vector<double> iterations;
    std::vector<std::vector<double>> perLayer;  // perLayer[l-1][k] at iterations[k]
};

// What the inside views show of the weights after `iteration` iterations, computed on the
// NetworkInspector's thread from a snapshot's parameters: the layers' statistics and findings
// over a sample of the training set, and one example followed through the network. Immutable
// once published (InspectionPtr), like the training snapshots.
struct Inspection {
    size_t iteration = 0;
    std::shared_ptr<const Parameters> parameters;
    // Why nothing could be measured (the network does not fit the data); empty when all is well.
    QString error;

    // One forward and backward pass over `stats.examples` training examples spread over the set.
    NetworkStatistics stats;
    std::vector<HealthFinding> findings;
    std::shared_ptr<const GradientRatios> ratios;

    // The chosen example, when one is: its trace (Network's own Forward and Backward against its
    // label, or against the predicted class for a picture without one), every class's
    // probability, the predicted class and, for image data, where the prediction looks.
    ExampleChoice example;
    bool traced = false;
    int label = -1;  // the example's class, -1 for a dropped picture
    ExampleTrace trace;
    std::vector<double> classProbabilities;
    arma::uword predicted = 0;
    arma::vec saliency;  // d p_predicted / dx, one value per feature
    // The occlusion map: the drop of p_predicted with each patch greyed (row-major over grid).
    arma::vec occlusion;
    std::array<arma::uword, 2> occlusionGrid{0, 0};
    arma::uword occlusionPatch = 0;
    // The unit opened up in the glass box (the output unit unless one was clicked), with the
    // update a step of the current learning rate would make to its row.
    std::optional<GlassBoxNeuron> neuron;
};

using InspectionPtr = std::shared_ptr<const Inspection>;

}  // namespace layerlab

Q_DECLARE_METATYPE(layerlab::InspectionPtr)
