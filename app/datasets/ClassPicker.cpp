#include "ClassPicker.h"

#include "EngineError.h"

namespace layerlab {

ClassPicker::ClassPicker(const std::vector<std::string>& classNames, const QStringList& picks,
                         const std::string& source)
    : m_newLabel(classNames.size()), m_names(classNames) {
    for (size_t i = 0; i < classNames.size(); ++i) m_newLabel[i] = static_cast<long long>(i);
    if (picks.isEmpty()) return;
    m_keepAll = false;
    std::fill(m_newLabel.begin(), m_newLabel.end(), -1);
    m_names.clear();
    for (const QString& raw : picks) {
        const QString pick = raw.trimmed();
        // "--classes ,,," once split into nothing and so kept every class.
        if (pick.isEmpty())
            throw EngineError(source + ": the class pick '" + picks.join(',').toStdString() +
                              "' holds an empty class name; name each class to keep by index "
                              "or name, separated by commas (e.g. 7,9)");
        long long index = -1;
        for (size_t i = 0; i < classNames.size() && index < 0; ++i)
            if (QString::fromStdString(classNames[i]).compare(pick, Qt::CaseInsensitive) == 0)
                index = static_cast<long long>(i);
        bool isNumber = false;
        const long long number = pick.toLongLong(&isNumber);
        if (index < 0 && isNumber && number >= 0 &&
            number < static_cast<long long>(classNames.size()))
            index = number;
        if (index < 0) {
            std::string known;
            for (size_t i = 0; i < classNames.size(); ++i)
                known += (i ? ", " : "") + std::to_string(i) + " " + classNames[i];
            throw EngineError(source + ": there is no class '" + pick.toStdString() +
                              "'; the classes are " + known);
        }
        if (m_newLabel[index] >= 0)
            throw EngineError(source + ": class '" + pick.toStdString() + "' is picked twice");
        m_newLabel[index] = static_cast<long long>(m_names.size());
        m_names.push_back(classNames[index]);
    }
    if (m_names.size() < 2)
        throw EngineError(source + ": pick at least 2 classes to tell apart, " +
                          std::to_string(m_names.size()) + " picked");
}

std::optional<arma::uword> ClassPicker::Map(arma::uword oldLabel) const {
    if (oldLabel >= m_newLabel.size() || m_newLabel[oldLabel] < 0) return std::nullopt;
    return static_cast<arma::uword>(m_newLabel[oldLabel]);
}

void ClassPicker::Apply(DataSet& d) const {
    if (m_keepAll) return;
    std::vector<arma::uword> keep, labels;
    for (arma::uword i = 0; i < d.y.n_elem; ++i)
        if (const auto label = Map(d.y[i])) {
            keep.push_back(i);
            labels.push_back(*label);
        }
    d = d.Columns(arma::uvec(keep));
    d.y = arma::Row<arma::uword>(labels);
    d.classNames = m_names;
}

}  // namespace layerlab
