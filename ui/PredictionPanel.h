#pragma once

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <armadillo>
#include <array>
#include <functional>

#include "datasets/FeatureStandardiser.h"

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace layerlab {

// Pictures the user dropped or pasted, each shown with the class the current network predicts
// and a bar per class. The panel keeps each picture and its encoding for the current data set;
// the window feeds it fresh probabilities (updateProbabilities) or lets it ask (setClassifier +
// reclassify) whenever the weights change, so predictions follow training as it runs.
class PredictionPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxImages = 12;  // the oldest go first

    explicit PredictionPanel(QWidget* parent = nullptr);

    void setClassNames(const QStringList& names);
    // How pictures become network inputs: the data set's image shape (height, width, channels)
    // and standardisation. Re-encodes the pictures already shown.
    void setEncoding(const std::array<arma::uword, 3>& shape,
                     const FeatureStandardiser& standardiser = {});
    // Adds a picture file; on failure returns false with the reason in error and adds nothing.
    bool addImage(const QString& path, QString* error = nullptr);
    void addImage(const QImage& image, const QString& label);
    void clear();
    int count() const { return static_cast<int>(m_items.size()); }
    // Features × count(): the encoded pictures, in display order (empty without an encoding).
    arma::mat inputs() const;
    // Probabilities n[L] × count() from Parameters::Predict(inputs()); one row means a sigmoid
    // output (class 1's probability). Returns false, changing nothing, when the shape disagrees.
    bool updateProbabilities(const arma::mat& probabilities);
    // Called by reclassify() with inputs(); return n[L] × count() probabilities.
    void setClassifier(std::function<arma::mat(const arma::mat&)> classifier);
    void reclassify();
    // The shown prediction of picture i ("" before the first probabilities).
    QString predictedClass(int i) const;

signals:
    // Pictures were added or removed: time to classify them.
    void imagesChanged();

private:
    struct Item {
        QImage image;
        QString label;
        arma::vec input;
        QWidget* card = nullptr;
        QVBoxLayout* column = nullptr;  // the title, then the bars
        QLabel* title = nullptr;
        QWidget* bars = nullptr;
        QString predicted;
    };
    void encode(Item& item) const;
    void rebuildBars(Item& item);
    void showUnclassified(Item& item);

    QStringList m_classNames;
    std::array<arma::uword, 3> m_shape{0, 0, 0};
    FeatureStandardiser m_standardiser;
    std::function<arma::mat(const arma::mat&)> m_classifier;
    QList<Item> m_items;
    QLabel* m_hint = nullptr;
    QVBoxLayout* m_cards = nullptr;
};

}  // namespace layerlab
