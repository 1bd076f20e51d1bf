#pragma once

#include <QImage>
#include <QString>
#include <armadillo>

namespace layerlab {

// The example the inside views follow through the network: a test or training image by its
// index in the data set, or a picture the user dropped, carried with its own features.
struct ExampleChoice {
    enum class Source { None, Test, Train, Picture };
    Source source = Source::None;
    arma::uword index = 0;  // in the test or training set, or the picture's number
    arma::vec features;     // a picture's features (n[0]); empty for test and training images
    QString name;           // the picture's file name, for the view's heading
    QImage image;           // the picture as dropped (its features may be standardised)

    bool IsSet() const { return source != Source::None; }
    bool operator==(const ExampleChoice& o) const {
        return source == o.source && index == o.index && name == o.name &&
               features.n_elem == o.features.n_elem &&
               (features.is_empty() || arma::approx_equal(features, o.features, "absdiff", 0.0));
    }
};

}  // namespace layerlab
