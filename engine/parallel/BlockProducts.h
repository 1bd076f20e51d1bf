#pragma once

#include <armadillo>

namespace layerlab {

// The matrix products of a training step on column blocks, straight through BLAS on the blocks'
// own memory: a share of a product (some columns of Z, some columns of dW) is computed in place,
// where Armadillo would first copy a strided submatrix. Each is one gemm, whatever the shapes, so
// a block gives the same bits as the whole product it is part of.

namespace blocks {

// C = alpha·op(A)·op(B) on column-major blocks given by pointer and leading dimension; op(A) is
// m × k, op(B) is k × n, C is m × n; transA/transB: 'N' or 'T'.
template <typename eT>
inline void Gemm(char transA, char transB, arma::uword m, arma::uword n, arma::uword k, eT alpha,
                 const eT* A, arma::uword lda, const eT* B, arma::uword ldb, eT* C,
                 arma::uword ldc) {
    if (m == 0 || n == 0) return;
    const arma::blas_int M = arma::blas_int(m), N = arma::blas_int(n), K = arma::blas_int(k),
                         LDA = arma::blas_int(lda), LDB = arma::blas_int(ldb),
                         LDC = arma::blas_int(ldc);
    const eT beta = eT(0);
    arma::blas::gemm<eT>(&transA, &transB, &M, &N, &K, &alpha, A, &LDA, B, &LDB, &beta, C, &LDC);
}

}  // namespace blocks

// Z(:, first..first+count) = W · A(:, first..first+count): a layer's Z on some examples.
template <typename eT>
inline void ProductColumns(const arma::Mat<eT>& W, const arma::Mat<eT>& A, arma::uword first,
                           arma::uword count, arma::Mat<eT>& Z) {
    blocks::Gemm<eT>('N', 'N', W.n_rows, count, W.n_cols, eT(1), W.memptr(), W.n_rows,
                     A.colptr(first), A.n_rows, Z.colptr(first), Z.n_rows);
}

// dA(:, first..first+count) = Wᵀ · dZ(:, first..first+count): the gradient passed back to the
// layer below, on some examples.
template <typename eT>
inline void TransposedProductColumns(const arma::Mat<eT>& W, const arma::Mat<eT>& dZ,
                                     arma::uword first, arma::uword count, arma::Mat<eT>& dA) {
    blocks::Gemm<eT>('T', 'N', W.n_cols, count, W.n_rows, eT(1), W.memptr(), W.n_rows,
                     dZ.colptr(first), dZ.n_rows, dA.colptr(first), dA.n_rows);
}

// out = W(:, first..first+count) · X(first..first+count, :): one share of W·X, split by the
// inner dimension (input features); the shares add up to W·X.
template <typename eT>
inline void InnerShareProduct(const arma::Mat<eT>& W, const arma::Mat<eT>& X, arma::uword first,
                              arma::uword count, arma::Mat<eT>& out) {
    blocks::Gemm<eT>('N', 'N', W.n_rows, X.n_cols, count, eT(1), W.colptr(first), W.n_rows,
                     X.memptr() + first, X.n_rows, out.memptr(), out.n_rows);
}

// dW(:, first..first+count) = scale · dZ · input(first..first+count, :)ᵀ: some columns (input
// units) of a layer's weight gradient.
template <typename eT>
inline void GradientColumns(eT scale, const arma::Mat<eT>& dZ, const arma::Mat<eT>& input,
                            arma::uword first, arma::uword count, arma::Mat<eT>& dW) {
    blocks::Gemm<eT>('N', 'T', dZ.n_rows, count, dZ.n_cols, scale, dZ.memptr(), dZ.n_rows,
                     input.memptr() + first, input.n_rows, dW.colptr(first), dW.n_rows);
}

}  // namespace layerlab
