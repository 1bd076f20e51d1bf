#pragma once

#include <QTest>
#include <array>
#include <cstddef>

// Declares a data function's columns in one line: AddColumns<int, bool>({"units", "single"}).
// The names and the types stand side by side, so a row added to the table cannot drift from
// the column it fills.
template <typename... Types>
void AddColumns(const std::array<const char*, sizeof...(Types)>& names) {
    std::size_t i = 0;
    (QTest::addColumn<Types>(names[i++]), ...);
}
