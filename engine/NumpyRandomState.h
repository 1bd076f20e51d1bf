#pragma once

#include <array>
#include <cstdint>

namespace layerlab {

// NumPy's legacy RandomState, the generator behind the course's np.random.seed(1) and
// np.random.randn: MT19937 seeded with init_genrand(seed) as seed(int) does, doubles from two
// 32-bit draws (53 bits), and normals by the Marsaglia polar method, keeping the second value of
// each pair for the next call. Drawing the course's layers in its order with this gives its
// initial weights bit for bit, so the window reproduces the notebook without a weights file.
class NumpyRandomState {
public:
    explicit NumpyRandomState(std::uint32_t seed);

    std::uint32_t NextUInt32();
    // In [0, 1), as random_sample().
    double NextDouble();
    // Standard normal, as randn().
    double NextGaussian();

private:
    void Twist();
    static constexpr int kN = 624;
    std::array<std::uint32_t, kN> m_state{};
    int m_position = kN;
    bool m_hasGaussian = false;
    double m_gaussian = 0.0;
};

}  // namespace layerlab
