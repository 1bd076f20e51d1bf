#include "NumpyRandomState.h"

#include <cmath>

namespace layerlab {

NumpyRandomState::NumpyRandomState(std::uint32_t seed) {
    // init_genrand (Matsumoto & Nishimura), which NumPy's mt19937_seed is.
    m_state[0] = seed;
    for (int i = 1; i < kN; ++i)
        m_state[i] =
            1812433253u * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    m_position = kN;
}

void NumpyRandomState::Twist() {
    constexpr int kM = 397;
    constexpr std::uint32_t kUpper = 0x80000000u, kLower = 0x7fffffffu, kMatrix = 0x9908b0dfu;
    for (int i = 0; i < kN; ++i) {
        const std::uint32_t y = (m_state[i] & kUpper) | (m_state[(i + 1) % kN] & kLower);
        m_state[i] = m_state[(i + kM) % kN] ^ (y >> 1) ^ ((y & 1u) ? kMatrix : 0u);
    }
    m_position = 0;
}

std::uint32_t NumpyRandomState::NextUInt32() {
    if (m_position >= kN) Twist();
    std::uint32_t y = m_state[m_position++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

double NumpyRandomState::NextDouble() {
    const std::uint32_t a = NextUInt32() >> 5, b = NextUInt32() >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

double NumpyRandomState::NextGaussian() {
    if (m_hasGaussian) {
        m_hasGaussian = false;
        return m_gaussian;
    }
    double x1, x2, r2;
    do {
        x1 = 2.0 * NextDouble() - 1.0;
        x2 = 2.0 * NextDouble() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    // The same expression, in the same order, as NumPy's legacy_gauss: bit-identical results.
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    m_gaussian = f * x1;
    m_hasGaussian = true;
    return f * x2;
}

}  // namespace layerlab
