#include "SingleThreadedBlas.h"

#include <dlfcn.h>

#include <mutex>

namespace layerlab {

namespace {

using GetThreads = int (*)();
using SetThreads = void (*)(int);

// Looked up at run time: the BLAS behind Armadillo is a system choice (Debian's alternatives),
// and only OpenBLAS has these.
struct OpenBlasThreads {
    GetThreads get = reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
    SetThreads set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
};

const OpenBlasThreads& Api() {
    static const OpenBlasThreads api;
    return api;
}

std::mutex g_mutex;
int g_holders = 0;
int g_saved = 0;

}  // namespace

SingleThreadedBlas::SingleThreadedBlas() {
    const std::lock_guard lock(g_mutex);
    if (g_holders++ > 0 || !Api().get || !Api().set) return;
    g_saved = Api().get();
    if (g_saved > 1) Api().set(1);
}

SingleThreadedBlas::~SingleThreadedBlas() {
    const std::lock_guard lock(g_mutex);
    if (--g_holders > 0 || !Api().get || !Api().set) return;
    if (g_saved > 1) Api().set(g_saved);
}

int SingleThreadedBlas::BlasThreads() {
    return Api().get ? Api().get() : 0;
}

}  // namespace layerlab
