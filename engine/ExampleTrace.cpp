#include "ExampleTrace.h"

#include "EngineError.h"
#include "Network.h"

namespace layerlab {

ExampleTrace ExampleTrace::Capture(const Parameters& p, const arma::vec& x, const arma::vec& y) {
    if (x.n_elem == 0) throw EngineError("the example has no features: give one column of pixels");
    Network<double> net(p);
    // No dropout and no L2: the trace is the plain per-example arithmetic of the course.
    const arma::mat X = x;
    net.Forward(X);
    net.Backward(arma::mat(y));
    ExampleTrace t;
    t.Z = net.Z;
    t.A = net.A;
    t.A[0] = X;
    t.dZ = net.dZ;
    t.dW = net.dW;
    t.db = net.db;
    return t;
}

}  // namespace layerlab
