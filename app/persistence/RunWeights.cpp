#include "RunWeights.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

#include "EngineError.h"

namespace layerlab {
namespace {

QString Shape(const NetworkSpec& spec) {
    QStringList sizes;
    for (arma::uword n : spec.sizes) sizes << QString::number(n);
    return sizes.join('-');
}

}  // namespace

std::vector<double> RunWeights::Flatten(const Parameters& p) {
    std::vector<double> out;
    out.reserve(p.spec.ParameterCount());
    for (size_t l = 1; l <= p.L(); ++l) {  // W[0] and b[0] are the course's unused slots
        out.insert(out.end(), p.W[l].begin(), p.W[l].end());
        out.insert(out.end(), p.b[l].begin(), p.b[l].end());
    }
    return out;
}

Parameters RunWeights::Rebuild(const std::vector<double>& weights, const NetworkSpec& spec,
                               const DataSet& data) {
    spec.Validate();
    if (weights.size() != spec.ParameterCount())
        throw EngineError(QCoreApplication::translate(
                              "layerlab::RunWeights",
                              "the run's kept weights hold %1 values where its network %2 has "
                              "%3 parameters: the record is damaged; re-run it instead")
                              .arg(weights.size())
                              .arg(Shape(spec))
                              .arg(spec.ParameterCount())
                              .toStdString());
    Parameters p;
    p.spec = spec;
    p.classNames = data.classNames;
    p.imageShape = data.imageShape;
    p.W.resize(spec.L() + 1);
    p.b.resize(spec.L() + 1);
    const double* at = weights.data();
    for (size_t l = 1; l <= spec.L(); ++l) {
        p.W[l].set_size(spec.sizes[l], spec.sizes[l - 1]);
        p.b[l].set_size(spec.sizes[l], 1);
        std::copy(at, at + p.W[l].n_elem, p.W[l].memptr());
        at += p.W[l].n_elem;
        std::copy(at, at + p.b[l].n_elem, p.b[l].memptr());
        at += p.b[l].n_elem;
    }
    p.Validate();
    return p;
}

}  // namespace layerlab
