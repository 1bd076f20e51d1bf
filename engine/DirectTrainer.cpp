#include "DirectTrainer.h"

namespace layerlab {

template class DirectTrainer<double>;
template class DirectTrainer<float>;

}  // namespace layerlab
