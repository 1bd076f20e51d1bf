#include "GlassBoxNeuron.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "ActivationFunctions.h"
#include "EngineError.h"
#include "EnumNames.h"

namespace layerlab {

namespace {

// Four significant digits, with a real minus sign, as the course's worked examples print them.
std::string Num(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", x);
    std::string out;
    for (const char* c = buffer; *c; ++c) {
        if (*c == '-')
            out += "\u2212";
        else
            out += *c;
    }
    return out;
}

// " + x" or " − |x|", for a number that follows another in a sum.
std::string Plus(double x) {
    return std::signbit(x) ? " \u2212 " + Num(-x) : " + " + Num(x);
}

// A factor in a product: negative numbers in parentheses, so "0.1×(−0.27)" reads unambiguously.
std::string Factor(double x) {
    if (!std::signbit(x)) return Num(x);
    // Appended rather than "(" + Num(x): GCC 12's -Wrestrict misreads that at -O3 (PR 105329).
    std::string out = "(";
    out += Num(x);
    out += ")";
    return out;
}

std::string Str(size_t n) {
    return std::to_string(n);
}

// g as the course writes it: "ReLU", "σ", ...
std::string Name(Activation g) {
    switch (g) {
        case Activation::ReLU:
            return "ReLU";
        case Activation::LeakyReLU:
            return "LeakyReLU";
        case Activation::Tanh:
            return "tanh";
        case Activation::Sigmoid:
            return "\u03c3";
        case Activation::Softmax:
            return "softmax";
    }
    return ToString(g);
}

// g'(z) for a hidden layer, from ActivationBackward itself (dA = 1), so the view shows the rule
// training applies rather than a copy of it.
double Slope(Activation g, double z, double a) {
    const arma::mat one(1, 1, arma::fill::ones), Z(1, 1, arma::fill::value(z)),
        A(1, 1, arma::fill::value(a));
    arma::mat dZ;
    ActivationBackward(g, one, Z, A, dZ);
    return dZ(0, 0);
}

void CheckTrace(const Parameters& p, const ExampleTrace& t) {
    const size_t L = p.L();
    bool fits = t.Z.size() == L + 1 && t.A.size() == L + 1 && t.dZ.size() == L + 1 &&
                t.dW.size() == L + 1 && t.db.size() == L + 1 && p.W.size() == L + 1 &&
                p.b.size() == L + 1;
    for (size_t l = 1; fits && l <= L; ++l)
        fits = t.Z[l].n_rows == p.W[l].n_rows && t.A[l].n_rows == p.W[l].n_rows &&
               t.A[l - 1].n_rows == p.W[l].n_cols && t.dZ[l].n_rows == p.W[l].n_rows &&
               t.db[l].n_rows == p.W[l].n_rows && arma::size(t.dW[l]) == arma::size(p.W[l]) &&
               t.Z[l].n_cols >= 1 && t.A[l - 1].n_cols >= 1 && t.dZ[l].n_cols >= 1 &&
               t.db[l].n_cols >= 1;
    if (!fits)
        throw EngineError(
            "GlassBoxNeuron: the trace does not match the network's layer sizes: capture the "
            "example with ExampleTrace::Capture on these parameters");
}

}  // namespace

GlassBoxNeuron GlassBoxNeuron::Explain(const Parameters& p, const ExampleTrace& t, size_t l,
                                       arma::uword j, size_t topCount, double rate) {
    const size_t L = p.L();
    if (L == 0) throw EngineError("GlassBoxNeuron: the network has no layers: give it a spec");
    if (l < 1 || l > L)
        throw EngineError("GlassBoxNeuron: there is no layer " + Str(l) +
                          ": choose a layer from 1 to " + Str(L));
    CheckTrace(p, t);
    const arma::uword units = p.W[l].n_rows;
    if (j >= units)
        throw EngineError("GlassBoxNeuron: layer " + Str(l) + " has " + Str(units) +
                          " units, so there is no unit " + Str(j) + ": choose a unit from 0 to " +
                          Str(units - 1));
    if (!(rate >= 0.0) || !std::isfinite(rate))
        throw EngineError("GlassBoxNeuron: the learning rate " + Num(rate) +
                          " cannot make an update: give a rate > 0, or 0 for no update");

    GlassBoxNeuron n;
    n.layer = l;
    n.unit = j;
    n.inputs = p.W[l].n_cols;
    n.activation = p.spec.activations[l - 1];
    n.activationName = ToString(n.activation);
    n.alpha = rate;
    n.hasUpdate = rate > 0.0;

    // Forward: the terms of z = W[l](j,:)·A[l-1] + b[l](j) that move it most, largest |w·a| first.
    const arma::mat& W = p.W[l];
    const arma::mat& input = t.A[l - 1];
    std::vector<double> products(n.inputs);
    for (arma::uword k = 0; k < n.inputs; ++k) products[k] = W(j, k) * input(k, 0);
    // A NaN term explains more than any number, so it sorts first (and keeps the order strict).
    const auto size = [&](arma::uword k) {
        return std::isnan(products[k]) ? arma::datum::inf : std::abs(products[k]);
    };
    std::vector<arma::uword> order(n.inputs);
    std::iota(order.begin(), order.end(), arma::uword{0});
    const size_t shown = std::min<size_t>(topCount, n.inputs);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown),
                      order.end(), [&](arma::uword x, arma::uword y) {
                          return size(x) > size(y) || (size(x) == size(y) && x < y);
                      });
    std::vector<bool> listed(n.inputs, false);
    double sum = 0.0;
    for (size_t i = 0; i < shown; ++i) {
        const arma::uword k = order[i];
        listed[k] = true;
        Term term;
        term.k = k;
        term.w = W(j, k);
        term.a = input(k, 0);
        term.product = products[k];
        term.dW = t.dW[l](j, k);
        term.wNew = n.hasUpdate ? term.w - rate * term.dW : term.w;
        n.terms.push_back(term);
        sum += term.product;
    }
    for (arma::uword k = 0; k < n.inputs; ++k) {
        if (listed[k]) continue;
        ++n.restCount;
        n.restSum += products[k];
    }
    n.b = p.b[l](j, 0);
    n.zFromTerms = sum + n.restSum + n.b;
    n.z = t.Z[l](j, 0);
    n.a = t.A[l](j, 0);

    // Backward, from the trace; da and g'(z) only say where dz came from.
    n.outputLayer = l == L;
    n.dz = t.dZ[l](j, 0);
    n.db = t.db[l](j, 0);
    n.dWRowNorm = arma::norm(t.dW[l].row(j), 2);
    if (n.outputLayer) {
        n.target = n.a - n.dz;  // dZ[L] = A[L] − Y
    } else {
        n.da = arma::dot(p.W[l + 1].col(j), t.dZ[l + 1].col(0));
        n.slope = Slope(n.activation, n.z, n.a);
    }
    n.bNew = n.hasUpdate ? n.b - rate * n.db : n.b;
    return n;
}

std::vector<std::string> GlassBoxNeuron::Lines() const {
    return Lines(Words{});
}

std::vector<std::string> GlassBoxNeuron::Lines(const Words& words) const {
    std::vector<std::string> lines;
    const std::string l = Str(layer);
    const std::string j = Str(unit);
    const std::string from =
        layer == 1 ? "the example's features A[0] = x" : "layer " + Str(layer - 1);
    lines.push_back("layer " + l + ", unit " + j + " (" + activationName + "): " + Str(inputs) +
                    (inputs == 1 ? " input" : " inputs") + " from " + from);

    std::string sum = "z = w\u00b7a + b = ";
    for (size_t i = 0; i < terms.size(); ++i) {
        if (i > 0) sum += " + ";
        sum += "(";
        sum += Num(terms[i].w) + "\u00d7" + Num(terms[i].a) + ")";
    }
    if (restCount > 0) {
        if (!terms.empty()) sum += " + \u2026 + ";
        sum += "(";
        std::string rest = terms.empty() ? (restCount == 1 ? words.oneTerm : words.allTerms)
                                         : (restCount == 1 ? words.moreTerm : words.moreTerms);
        if (const size_t n = rest.find("{n}"); n != std::string::npos)
            rest.replace(n, 3, Str(restCount));
        sum += rest + ": " + Num(restSum) + ")";
    }
    sum += Plus(b) + " = " + Num(z);
    lines.push_back(sum);

    if (activation == Activation::Softmax)
        // Softmax reads the whole layer, so z alone does not give a: name the sum it divides by.
        lines.push_back("a = softmax(Z[" + l + "])[" + j + "] = e^z / \u03a3\u1d62 e^Z[" + l +
                        "](i) = " + Num(a));
    else
        lines.push_back("a = " + Name(activation) + "(z) = " + Name(activation) + "(" + Num(z) +
                        ") = " + Num(a));

    if (outputLayer) {
        lines.push_back("dz = a \u2212 y = " + Num(a) + Plus(-target) + " = " + Num(dz));
    } else {
        const std::string next = Str(layer + 1);
        lines.push_back("dz = da\u00b7g\u2032(z) = (W[" + next + "]\u1d40\u00b7dZ[" + next + "])[" +
                        j + "] \u00d7 " + Name(activation) + "\u2032(z) = " + Factor(da) +
                        " \u00d7 " + Factor(slope) + " = " + Num(dz));
    }
    lines.push_back("db = dz = " + Num(db));

    const std::string prev = Str(layer - 1);
    lines.push_back("dW[" + l + "][" + j + ",:] = dz\u00b7A[" + prev + "]\u1d40, \u2016dW[" + l +
                    "][" + j + ",:]\u2016 = " + Num(dWRowNorm));
    for (const Term& t : terms)
        lines.push_back("dW[" + l + "][" + j + "," + Str(t.k) + "] = dz\u00d7A[" + prev + "](" +
                        Str(t.k) + ") = " + Factor(dz) + "\u00d7" + Factor(t.a) + " = " +
                        Num(t.dW));

    if (hasUpdate) {
        const std::string rule =
            "W \u2190 W \u2212 \u03b1\u00b7dW, b \u2190 b \u2212 \u03b1\u00b7db";
        lines.push_back(rule + " " + words.with + " \u03b1 = " + Num(alpha) + ":");
        for (const Term& t : terms)
            lines.push_back("W[" + l + "][" + j + "," + Str(t.k) + "] = " + Num(t.w) + " \u2212 " +
                            Num(alpha) + "\u00d7" + Factor(t.dW) + " = " + Num(t.wNew));
        lines.push_back("b[" + l + "][" + j + "] = " + Num(b) + " \u2212 " + Num(alpha) + "\u00d7" +
                        Factor(db) + " = " + Num(bNew));
    }
    return lines;
}

}  // namespace layerlab
