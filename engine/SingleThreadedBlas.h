#pragma once

namespace layerlab {

// While at least one of these lives, OpenBLAS runs each call on its calling thread. A ThreadTeam
// splits a step's products across the cores itself; if OpenBLAS also handed each of those calls
// to its own thread pool, the parts would queue behind one another. The previous thread count
// comes back when the last one ends. Setting it is process-wide, so other BLAS calls made
// meanwhile (a prediction, say) run on one core too. Without OpenBLAS this does nothing.
class SingleThreadedBlas {
public:
    SingleThreadedBlas();
    ~SingleThreadedBlas();
    SingleThreadedBlas(const SingleThreadedBlas&) = delete;
    SingleThreadedBlas& operator=(const SingleThreadedBlas&) = delete;

    // OpenBLAS's current thread count; 0 when the BLAS in use is not OpenBLAS.
    static int BlasThreads();
};

}  // namespace layerlab
