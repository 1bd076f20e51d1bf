#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace layerlab {

// The names of an enum's values, for files, settings and the command line: each enum specialises
// EnumNames<E> with a table of {value, name} pairs. A value's first entry is its canonical name
// (what ToString writes); later entries for the same value are accepted aliases.
template <typename E>
struct EnumNames;

template <typename E>
std::string ToString(E value) {
    for (const auto& [v, name] : EnumNames<E>::kTable)
        if (v == value) return std::string(name);
    return std::string(EnumNames<E>::kTable[0].second);
}

template <typename E>
std::optional<E> Parse(std::string_view name) {
    for (const auto& [v, n] : EnumNames<E>::kTable)
        if (n == name) return v;
    return std::nullopt;
}

// "relu, leaky_relu, tanh, sigmoid or softmax": the canonical names, for messages.
template <typename E>
std::string NameList(std::string_view conjunction = "or") {
    std::string out;
    std::optional<E> last;
    size_t count = 0, written = 0;
    for (const auto& [v, n] : EnumNames<E>::kTable)
        if (!last || *last != v) ++count, last = v;
    last.reset();
    for (const auto& [v, n] : EnumNames<E>::kTable) {
        if (last && *last == v) continue;
        last = v;
        if (written > 0 && written + 1 == count) {
            out.append(" ").append(conjunction).append(" ");
        } else if (written > 0) {
            out.append(", ");
        }
        out.append(n);
        ++written;
    }
    return out;
}

}  // namespace layerlab
