#pragma once

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <armadillo>
#include <array>
#include <functional>

#include "datasets/FeatureStandardiser.h"
#include "inspect/ExampleChoice.h"
#include "training/Classification.h"

class QLabel;
class QPushButton;
class QProgressBar;
class QScrollArea;
class QVBoxLayout;

namespace layerlab {

// Pictures the user dropped or pasted, each shown with the class the current network predicts
// and a bar per class. The panel keeps each picture and its encoding for the current data set;
// the window feeds it a fresh classification (ShowClassification) or lets it ask (SetClassifier +
// Reclassify) whenever the weights change, so predictions follow training as it runs.
class PredictionPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxImages = 12;  // the oldest go first

    explicit PredictionPanel(QWidget* parent = nullptr);

    void SetClassNames(const QStringList& names);
    // How pictures become network inputs: the data set's image shape (height, width, channels)
    // and standardisation. Re-encodes the pictures already shown.
    void SetEncoding(const std::array<arma::uword, 3>& shape,
                     const FeatureStandardiser& standardiser = {});
    // Adds a picture file; on failure returns false with the reason in error and adds nothing.
    bool AddImage(const QString& path, QString* error = nullptr);
    void AddImage(const QImage& image, const QString& label);
    // A drop or a paste: picture files and pixels; returns why each unreadable file was skipped.
    QStringList AddImages(const QStringList& paths, const QList<QImage>& images);
    void Clear();
    int Count() const { return static_cast<int>(m_items.size()); }
    // Features × Count(): the encoded pictures, in display order (empty without an encoding).
    arma::mat Inputs() const;
    // What the network makes of Inputs(), one column per picture. Returns false, changing
    // nothing, when it is not one prediction per picture over these class names.
    bool ShowClassification(const Classification& classification);
    // Called by Reclassify() with Inputs().
    void SetClassifier(std::function<Classification(const arma::mat&)> classifier);
    void Reclassify();
    // The shown prediction of picture i ("" before the first probabilities).
    QString PredictedClass(int i) const;

signals:
    // Pictures were added or removed: time to classify them.
    void imagesChanged();
    // "Look inside" on a picture: follow it through the network (the inside views).
    void pictureChosen(const layerlab::ExampleChoice& choice);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Its texts in the current language (QEvent::LanguageChange).
    void RetranslateUi();
    void ShowHint();
    QPushButton* m_clear = nullptr;
    QScrollArea* m_scroll = nullptr;
    struct Item {
        QImage image;
        QString label;
        arma::vec input;
        QWidget* card = nullptr;
        QVBoxLayout* column = nullptr;  // the title, then the bars
        QLabel* title = nullptr;
        QPushButton* inside = nullptr;
        QWidget* bars = nullptr;
        QList<QProgressBar*> classBars;  // one per class, in bars
        QString predicted;
    };
    void Encode(Item& item) const;
    void NameInsideButton(Item& item) const;
    void RebuildBars(Item& item);
    void ShowUnclassified(Item& item);

    QStringList m_classNames;
    std::array<arma::uword, 3> m_shape{0, 0, 0};
    FeatureStandardiser m_standardiser;
    std::function<Classification(const arma::mat&)> m_classifier;
    QList<Item> m_items;
    QLabel* m_hint = nullptr;
    QVBoxLayout* m_cards = nullptr;
};

}  // namespace layerlab
