#include "ActivationFunctions.h"

#include "EngineError.h"

namespace layerlab {

namespace {

// out[i] = g(z[i]) for the element-wise activations; softmax is column-wise and done apart.
template <typename eT>
void ActivateElements(Activation a, const eT* z, eT* out, arma::uword n) {
    switch (a) {
        case Activation::ReLU:
            for (arma::uword i = 0; i < n; ++i) out[i] = z[i] > eT(0) ? z[i] : eT(0);
            break;
        case Activation::LeakyReLU:
            for (arma::uword i = 0; i < n; ++i)
                out[i] = z[i] > eT(0) ? z[i] : eT(kLeakySlope) * z[i];
            break;
        case Activation::Tanh:
            for (arma::uword i = 0; i < n; ++i) out[i] = std::tanh(z[i]);
            break;
        case Activation::Sigmoid:
            for (arma::uword i = 0; i < n; ++i) out[i] = eT(1) / (eT(1) + std::exp(-z[i]));
            break;
        case Activation::Softmax:
            break;
    }
}

// Shift by the column maximum so exp never overflows.
template <typename eT>
void SoftmaxColumns(const arma::Mat<eT>& Z, arma::Mat<eT>& A) {
    for (arma::uword c = 0; c < Z.n_cols; ++c) {
        const eT* zc = Z.colptr(c);
        eT* ac = A.colptr(c);
        eT mx = zc[0];
        for (arma::uword r = 1; r < Z.n_rows; ++r) mx = std::max(mx, zc[r]);
        eT sum = 0;
        for (arma::uword r = 0; r < Z.n_rows; ++r) sum += (ac[r] = std::exp(zc[r] - mx));
        for (arma::uword r = 0; r < Z.n_rows; ++r) ac[r] /= sum;
    }
}

}  // namespace

template <typename eT>
void Activate(Activation a, const arma::Mat<eT>& Z, arma::Mat<eT>& A) {
    A.set_size(Z.n_rows, Z.n_cols);
    if (a == Activation::Softmax) {
        SoftmaxColumns(Z, A);
        return;
    }
    ActivateElements(a, Z.memptr(), A.memptr(), Z.n_elem);
}

template <typename eT>
void AddBiasAndActivate(Activation a, const arma::Mat<eT>& b, arma::Mat<eT>& Z, arma::Mat<eT>& A) {
    if (b.n_rows != Z.n_rows || b.n_cols != 1)
        throw EngineError("AddBiasAndActivate(): the bias is " + std::to_string(b.n_rows) + " × " +
                          std::to_string(b.n_cols) + " but Z has " + std::to_string(Z.n_rows) +
                          " rows: give one bias per row");
    A.set_size(Z.n_rows, Z.n_cols);
    if (a == Activation::Softmax) {
        // Softmax reads whole columns, so the bias goes in first; it is the small output layer.
        Z.each_col() += b;
        SoftmaxColumns(Z, A);
        return;
    }
    // Column by column, so the column is still in L1 when the activation reads it back.
    const eT* bias = b.memptr();
    for (arma::uword c = 0; c < Z.n_cols; ++c) {
        eT* z = Z.colptr(c);
        for (arma::uword r = 0; r < Z.n_rows; ++r) z[r] += bias[r];
        ActivateElements(a, z, A.colptr(c), Z.n_rows);
    }
}

template <typename eT>
void ActivationBackward(Activation a, const arma::Mat<eT>& dA, const arma::Mat<eT>& Z,
                        const arma::Mat<eT>& A, arma::Mat<eT>& dZ) {
    if (a == Activation::Softmax)
        throw EngineError(
            "ActivationBackward(): softmax belongs on the output layer only, where dZ[L] = A[L] - "
            "Y");
    dZ.set_size(Z.n_rows, Z.n_cols);
    const eT* da = dA.memptr();
    const eT* z = Z.memptr();
    const eT* act = A.memptr();
    eT* out = dZ.memptr();
    const arma::uword n = Z.n_elem;
    switch (a) {
        case Activation::ReLU:
            // The notebook sets dZ to 0 where Z <= 0. da[i] is read whatever the sign, so the
            // loop becomes a vector select: a branch on a random sign is mispredicted half the
            // time, 10% of a Fashion-MNIST step.
            for (arma::uword i = 0; i < n; ++i) {
                const eT d = da[i];
                out[i] = z[i] <= eT(0) ? eT(0) : d;
            }
            break;
        case Activation::LeakyReLU:
            for (arma::uword i = 0; i < n; ++i) {
                const eT d = da[i];
                out[i] = z[i] <= eT(0) ? eT(kLeakySlope) * d : d;
            }
            break;
        case Activation::Tanh:
            for (arma::uword i = 0; i < n; ++i) out[i] = da[i] * (eT(1) - act[i] * act[i]);
            break;
        case Activation::Sigmoid:
            for (arma::uword i = 0; i < n; ++i) out[i] = da[i] * act[i] * (eT(1) - act[i]);
            break;
        case Activation::Softmax:
            break;
    }
}

template void Activate<double>(Activation, const arma::mat&, arma::mat&);
template void Activate<float>(Activation, const arma::fmat&, arma::fmat&);
template void AddBiasAndActivate<double>(Activation, const arma::mat&, arma::mat&, arma::mat&);
template void AddBiasAndActivate<float>(Activation, const arma::fmat&, arma::fmat&, arma::fmat&);
template void ActivationBackward<double>(Activation, const arma::mat&, const arma::mat&,
                                         const arma::mat&, arma::mat&);
template void ActivationBackward<float>(Activation, const arma::fmat&, const arma::fmat&,
                                        const arma::fmat&, arma::fmat&);

}  // namespace layerlab
