#pragma once

#include <armadillo>

namespace layerlab {

// C = alpha·op(A)·op(B) + beta·C straight through BLAS, on column-major blocks given by pointer
// and leading dimension: a share of a product (some columns of Z, some columns of dW) is
// computed in place, where Armadillo would first copy a strided submatrix.
// op(A) is m × k, op(B) is k × n, C is m × n; transA/transB: 'N' or 'T'.
template <typename eT>
inline void Gemm(char transA, char transB, arma::uword m, arma::uword n, arma::uword k, eT alpha,
                 const eT* A, arma::uword lda, const eT* B, arma::uword ldb, eT beta, eT* C,
                 arma::uword ldc) {
    if (m == 0 || n == 0) return;
    const arma::blas_int M = arma::blas_int(m), N = arma::blas_int(n), K = arma::blas_int(k),
                         LDA = arma::blas_int(lda), LDB = arma::blas_int(ldb),
                         LDC = arma::blas_int(ldc);
    arma::blas::gemm<eT>(&transA, &transB, &M, &N, &K, &alpha, A, &LDA, B, &LDB, &beta, C, &LDC);
}

}  // namespace layerlab
