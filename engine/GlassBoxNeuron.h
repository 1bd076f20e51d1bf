#pragma once

#include <armadillo>
#include <string>
#include <vector>

#include "Activation.h"
#include "ExampleTrace.h"
#include "Parameters.h"

namespace layerlab {

// One unit j of layer l opened up for one traced example, in the course's notation: its forward
// sum z = Σ_k W[l](j,k)·A[l-1](k) + b[l](j) term by term, a = g(z), and its share of the
// backward pass, dz, db and its row of dW, and optionally one gradient-descent step on that row.
// Every number is read from the parameters and the ExampleTrace (Network's own Forward and
// Backward), so the arithmetic shown is the arithmetic training did; only the sums that explain
// z are added up here, and z itself is kept as the trace has it so the two can be compared.
struct GlassBoxNeuron {
    // One term w·a of z: k indexes layer l-1's units (A[0] = x's features).
    struct Term {
        arma::uword k = 0;
        double w = 0.0;        // W[l](j, k)
        double a = 0.0;        // A[l-1](k)
        double product = 0.0;  // w·a
        double dW = 0.0;       // dW[l](j, k)
        double wNew = 0.0;     // w − α·dW, when an update was asked for
    };

    size_t layer = 0;        // l, 1..L
    arma::uword unit = 0;    // j, 0..n[l]-1
    arma::uword inputs = 0;  // n[l-1], the number of terms in z

    // Forward. terms are the largest |w·a| in decreasing order (the lower k first on ties); the
    // other inputs - restCount of them - are summed into restSum.
    std::vector<Term> terms;
    arma::uword restCount = 0;
    double restSum = 0.0;
    double b = 0.0;           // b[l](j)
    double z = 0.0;           // Z[l](j) from the trace
    double zFromTerms = 0.0;  // Σ terms.product + restSum + b: what the shown sum gives
    Activation activation = Activation::ReLU;
    std::string activationName;  // the canonical name ("relu", "sigmoid", ...)
    double a = 0.0;              // A[l](j) from the trace

    // Backward (the per-example gradient, m = 1). For a hidden layer da = (W[l+1]ᵀ dZ[l+1])(j)
    // and slope = g'(z), so dz = da·g'(z); for the output layer dz = a − y and target is y.
    bool outputLayer = false;
    double da = 0.0;
    double slope = 0.0;
    double target = 0.0;
    double dz = 0.0;         // dZ[l](j) from the trace
    double dWRowNorm = 0.0;  // ‖dW[l](j, :)‖
    double db = 0.0;         // db[l](j) from the trace

    // The update W ← W − α·dW, b ← b − α·db of this row, when Explain got a learning rate > 0.
    double alpha = 0.0;
    bool hasUpdate = false;
    double bNew = 0.0;

    // Explains unit `unit` of layer `layer` (1..L) of the example t traced through p. At most
    // topTerms terms are listed one by one; learningRate > 0 adds the update. Throws EngineError
    // for a layer or unit out of range (naming the valid range), a trace of another network's
    // shape, or a negative learning rate.
    static GlassBoxNeuron Explain(const Parameters& p, const ExampleTrace& t, size_t layer,
                                  arma::uword unit, size_t topTerms = 5, double learningRate = 0);

    // The arithmetic in course notation with the real numbers, one line per step, e.g.
    // "z = w·a + b = (0.31×0.84) + (−0.12×0.5) + … + (37 more terms: 0.0912) + 0.01 = 0.2801".
    std::vector<std::string> Lines() const;

    // The few words among Lines()' formulas, for a window to give them in its own language:
    // "{n}" stands for the number of terms summed together. The defaults are the English the
    // command line prints.
    struct Words {
        std::string moreTerms = "{n} more terms";  // after some terms listed one by one
        std::string moreTerm = "{n} more term";
        std::string allTerms = "{n} terms";  // none listed
        std::string oneTerm = "{n} term";
        std::string with = "with";  // "W ← W − α·dW, … with α = 0.0075:"
    };
    std::vector<std::string> Lines(const Words& words) const;
};

}  // namespace layerlab
