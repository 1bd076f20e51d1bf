#pragma once

#include <QStringList>
#include <optional>
#include <string>
#include <vector>

#include "DataSet.h"

namespace layerlab {

// Turns a multi-class set into a smaller one (Fashion-MNIST "7,9" = Sneaker vs Ankle boot) so the
// notebook's single sigmoid unit can train on it: the picked classes are relabelled 0..k-1 in the
// order given, keeping their names; every other example is dropped.
class ClassPicker {
public:
    // picks: class names (matched first, ignoring case) or indexes. Empty keeps every class.
    // Throws EngineError naming source when a pick is empty, unknown or repeated, or fewer than 2
    // remain.
    ClassPicker(const std::vector<std::string>& classNames, const QStringList& picks,
                const std::string& source);

    bool KeepsAll() const { return m_keepAll; }
    // The new label of an old one, or nothing when that class is dropped.
    std::optional<arma::uword> Map(arma::uword oldLabel) const;
    const std::vector<std::string>& Names() const { return m_names; }
    // Drops the examples of unpicked classes and relabels the rest.
    void Apply(DataSet& d) const;

private:
    bool m_keepAll = true;
    std::vector<long long> m_newLabel;  // per old label, -1 when dropped
    std::vector<std::string> m_names;
};

}  // namespace layerlab
