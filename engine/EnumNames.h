#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace layerlab {

// The names of an enum's values, for files, settings and the command line. Each enum specialises
// EnumNames<E> with kNames: one ';'-separated group of '|'-separated names per value, in the
// order the values are declared (0, 1, 2, ...). A group's first name is the value's canonical
// name (what ToString writes); the others are accepted aliases.
template <typename E>
struct EnumNames;

namespace enum_names {

// Group `index` of kNames, or an empty view past the last.
inline std::string_view Group(std::string_view names, size_t index) {
    for (; index > 0; --index) {
        const size_t end = names.find(';');
        if (end == std::string_view::npos) return {};
        names.remove_prefix(end + 1);
    }
    return names.substr(0, names.find(';'));
}

inline std::string_view First(std::string_view group) {
    return group.substr(0, group.find('|'));
}

}  // namespace enum_names

template <typename E>
std::string ToString(E value) {
    return std::string(
        enum_names::First(enum_names::Group(EnumNames<E>::kNames, static_cast<size_t>(value))));
}

template <typename E>
std::optional<E> Parse(std::string_view name) {
    if (name.empty()) return std::nullopt;
    for (size_t i = 0;; ++i) {
        std::string_view group = enum_names::Group(EnumNames<E>::kNames, i);
        if (group.empty()) return std::nullopt;
        while (!group.empty()) {
            const size_t bar = group.find('|');
            if (group.substr(0, bar) == name) return static_cast<E>(i);
            group = bar == std::string_view::npos ? std::string_view{} : group.substr(bar + 1);
        }
    }
}

// "relu, leaky_relu, tanh, sigmoid or softmax": the canonical names, for messages.
template <typename E>
std::string NameList(std::string_view conjunction = "or") {
    std::string out;
    for (size_t i = 0;; ++i) {
        const std::string_view group = enum_names::Group(EnumNames<E>::kNames, i);
        if (group.empty()) return out;
        if (i > 0) {
            const bool last = enum_names::Group(EnumNames<E>::kNames, i + 1).empty();
            if (last)
                out.append(" ").append(conjunction).append(" ");
            else
                out.append(", ");
        }
        out.append(enum_names::First(group));
    }
}

}  // namespace layerlab
