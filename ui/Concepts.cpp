#include "Concepts.h"

#include <QCoreApplication>
#include <QVariant>
#include <QWidget>

namespace layerlab {
namespace {

constexpr const char* kContext = "Concepts";
constexpr const char* kProperty = "layerlabConcept";

struct Entry {
    const char* id;
    const char* title;
    const char* text;
};

// The course's notation: n[l] units in layer l, m examples, α the learning rate, W[l] and b[l]
// the parameters, A[l] the activations, ŷ = A[L] the prediction.
const Entry kEntries[] = {
    {"layers", QT_TRANSLATE_NOOP("Concepts", "Layers and their shapes"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "A network of L layers turns an input x of n[0] numbers (one per pixel "
         "value: 64 × 64 × 3 = 12288 for the course's cat pictures) into a "
         "prediction. Layer l has n[l] units; for all m examples at once it computes "
         "Z[l] = W[l]·A[l−1] + b[l] and A[l] = g[l](Z[l]) (forward propagation). So "
         "W[l] has the shape n[l] × n[l−1], one row per unit and one column per input "
         "of the layer, and b[l] the shape n[l] × 1: “W[1]: 20 × 12288” means 20 "
         "units, each with a weight for every one of the 12288 input values.")},
    {"parameters", QT_TRANSLATE_NOOP("Concepts", "Parameter count"),
     QT_TRANSLATE_NOOP("Concepts",
                       "The parameters are the numbers training learns: every weight and bias. "
                       "Layer l has n[l] × n[l−1] weights and n[l] biases, so the network has "
                       "Σ (n[l]·n[l−1] + n[l]) parameters over its layers. The course's network "
                       "12288 → 20 → 7 → 5 → 1 has 245 760 + 20 + 140 + 7 + 35 + 5 + 5 + 1 = "
                       "245 973. More parameters can fit more complicated functions, but they need "
                       "more data and time and overfit more easily.")},
    {"activation", QT_TRANSLATE_NOOP("Concepts", "Activation functions"),
     QT_TRANSLATE_NOOP("Concepts",
                       "The activation function g[l] is applied to every unit's z: without it any "
                       "number of layers would collapse into one linear function. ReLU(z) = "
                       "max(0, z) is the course's choice for hidden layers: fast, and its gradient "
                       "does not vanish for z > 0. Leaky ReLU(z) = max(0.01·z, z) keeps a small "
                       "gradient for z < 0. tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ) lies between −1 and "
                       "1, centred on 0. sigmoid σ(z) = 1 / (1 + e⁻ᶻ) lies between 0 and 1 and "
                       "suits the output of a yes-or-no question better than a hidden layer.")},
    {"output", QT_TRANSLATE_NOOP("Concepts", "Output layer"),
     QT_TRANSLATE_NOOP("Concepts",
                       "The output layer gives the prediction ŷ = A[L]. For two classes it is one "
                       "sigmoid unit: a = σ(z) is the probability of the second class, predicted "
                       "when a > 0.5. For more classes it is a softmax over one unit per class: "
                       "a_k = e^(z_k) / Σ_j e^(z_j), probabilities that sum to 1, and the "
                       "prediction is the class with the largest one.")},
    {"cost", QT_TRANSLATE_NOOP("Concepts", "Cost J"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "The cost says how wrong the network's probabilities are on the m training "
         "examples; training lowers it step by step. For a sigmoid output it is the "
         "cross-entropy J = −(1/m) Σ [y log a + (1−y) log(1−a)], summed over the "
         "examples, with y the true label (0 or 1) and a the predicted probability; "
         "for a softmax output J = −(1/m) Σ Σ_k y_k log a_k. Answering 0.5 for every "
         "image costs log 2 ≈ 0.69, so “cost 0.69” at the start means the network "
         "knows nothing yet; 0 would be right and completely sure. The chart draws the "
         "train cost every iteration and the test cost at each snapshot.")},
    {"accuracy", QT_TRANSLATE_NOOP("Concepts", "Train and test accuracy"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "Accuracy is the share of images classified right: (number right / m) × "
         "100 %. The train accuracy is measured on the examples the network learns "
         "from, the test accuracy on images it never sees while training, so the test "
         "accuracy is the honest one. A train accuracy far above the test accuracy "
         "(say 99 % against 70 %) means the network overfits: it learned the training "
         "images rather than the classes.")},
    {"overfitting", QT_TRANSLATE_NOOP("Concepts", "Overfitting"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "A network overfits when it fits the training set so closely that it does "
         "worse on new data: the train cost keeps falling while the test cost rises, "
         "and the train accuracy is far above the test accuracy. The course's "
         "remedies: more training data, a smaller network, L2 regularisation, dropout "
         "and early stopping.")},
    {"learning-rate", QT_TRANSLATE_NOOP("Concepts", "Learning rate α"),
     QT_TRANSLATE_NOOP("Concepts",
                       "Each step of gradient descent moves every parameter against its gradient: "
                       "W[l] := W[l] − α·dW[l] and b[l] := b[l] − α·db[l]. The learning rate α "
                       "sets the size of that step. Too small (0.00001) and the cost falls very "
                       "slowly; too large (1 or more) and it jumps about or diverges. The notebook "
                       "uses α = 0.0075. The slider moves on a log scale; a new rate takes effect "
                       "from the next iteration, also during a run.")},
    {"iterations", QT_TRANSLATE_NOOP("Concepts", "Iterations"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "One iteration is one step of training: forward propagation over the "
         "training examples, the cost J, backward propagation for the gradients "
         "dW[l] and db[l], and the update with the learning rate. The notebook trains "
         "for 2500 iterations. When every step uses the whole training set (full "
         "batch) the iteration count is the length of the run; with mini-batches the "
         "run lasts its epochs instead.")},
    {"initialisation", QT_TRANSLATE_NOOP("Concepts", "Initialisation"),
     QT_TRANSLATE_NOOP("Concepts",
                       "The weights W[l] start random and b[l] starts at 0: if all weights were "
                       "equal, every unit of a layer would learn the same thing. Their scale "
                       "matters: too large and tanh or sigmoid saturate, too small and the signal "
                       "fades layer by layer. Notebook: randn / √n[l−1], as the course's deep "
                       "network. He: randn · √(2 / n[l−1]), made for ReLU. Xavier: randn · "
                       "√(2 / (n[l−1] + n[l])), for tanh. Small: randn · 0.01, the shallow "
                       "network's choice, which learns slowly in a deep one.")},
    {"seed", QT_TRANSLATE_NOOP("Concepts", "Seed"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "The seed starts the random numbers that draw the starting weights (and "
         "shuffle mini-batches and dropout masks). The same seed gives the same run, "
         "so two runs that differ in one hyperparameter only can be compared fairly.")},
    {"precision", QT_TRANSLATE_NOOP("Concepts", "Precision"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "The number format of the training arithmetic. float64 (double) keeps about "
         "16 significant digits, as NumPy does in the notebook, so the costs match the "
         "course's. float32 keeps about 7: it is faster and needs half the memory, "
         "and the costs then differ from the notebook's in the later digits.")},
    {"optimizer", QT_TRANSLATE_NOOP("Concepts", "Optimisers"),
     QT_TRANSLATE_NOOP("Concepts",
                       "How each step uses the gradient. Gradient descent: W := W − α·dW. Momentum "
                       "keeps a running average of the gradients, v = β1·v + (1−β1)·dW, and steps "
                       "W := W − α·v, which damps the zig-zag. RMSprop keeps an average of their "
                       "squares, s = β2·s + (1−β2)·dW², and steps W := W − α·dW / (√s + ε), so "
                       "every weight gets a step size of its own. Adam does both, with the bias "
                       "corrections v̂ = v / (1−β1ᵗ) and ŝ = s / (1−β2ᵗ): W := W − α·v̂ / (√ŝ + ε). "
                       "Usual values: β1 = 0.9, β2 = 0.999, ε = 10⁻⁸.")},
    {"batch-size", QT_TRANSLATE_NOOP("Concepts", "Mini-batch size"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "How many examples each step of training looks at. The notebook uses the "
         "whole training set (full batch): every step is exact, but slow to take. "
         "Mini-batch gradient descent shuffles the training set and cuts it into "
         "batches of, say, 64 examples; each batch makes one step, so an epoch has "
         "⌈m / batch size⌉ steps. Steps come much more often but are noisier, and the "
         "cost curve wiggles.")},
    {"epochs", QT_TRANSLATE_NOOP("Concepts", "Epochs"),
     QT_TRANSLATE_NOOP("Concepts",
                       "An epoch is one pass over every training example. With full batches an "
                       "epoch is one iteration; with mini-batches of b examples it is ⌈m / b⌉ "
                       "iterations. A mini-batch run lasts the epochs set here, and the chart then "
                       "counts epochs.")},
    {"l2", QT_TRANSLATE_NOOP("Concepts", "L2 regularisation λ"),
     QT_TRANSLATE_NOOP("Concepts",
                       "L2 regularisation adds the size of the weights to the cost: J_reg = J + "
                       "(λ / 2m) Σ ‖W[l]‖², where ‖W‖² is the sum of the squares of its entries. "
                       "Backward propagation then adds (λ/m)·W[l] to dW[l], so every step also "
                       "shrinks the weights a little (weight decay). Smaller weights give a "
                       "smoother function that overfits less; too large a λ underfits. λ = 0 turns "
                       "it off.")},
    {"dropout", QT_TRANSLATE_NOOP("Concepts", "Dropout"),
     QT_TRANSLATE_NOOP("Concepts",
                       "While training, dropout switches off units of a hidden layer at random, "
                       "anew at every step, keeping each with probability keep_prob: D[l] = (rand "
                       "< keep_prob), A[l] := A[l] · D[l] / keep_prob. Dividing by keep_prob "
                       "(inverted dropout) keeps the expected value of A[l] the same. No unit can "
                       "rely on another, which reduces overfitting. Nothing is dropped at test "
                       "time. keep_prob = 1 is no dropout; the course's example uses 0.86.")},
    {"lr-decay", QT_TRANSLATE_NOOP("Concepts", "Learning-rate decay"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "Decay lowers the learning rate as training goes on, so the first epochs "
         "take big steps and the last ones careful steps near the minimum. Inverse: "
         "α = α0 / (1 + rate·epoch). Exponential: α = α0 · rate^epoch. Step: α = α0 / "
         "(1 + rate·⌊epoch / interval⌋), lower only once every interval epochs. α0 is "
         "the learning rate set above.")},
    {"early-stopping", QT_TRANSLATE_NOOP("Concepts", "Early stopping"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "Early stopping holds back a share of the training examples as a validation "
         "set and watches its cost after every epoch. When that cost has not improved "
         "for “patience” epochs, training stops and keeps the best weights seen, from "
         "before the network began to overfit. A patience of 0 turns it off.")},
    {"confusion-matrix", QT_TRANSLATE_NOOP("Concepts", "Confusion matrix"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "The confusion matrix counts the test images by their actual class (rows) "
         "and the class the network predicts (columns). The diagonal holds the right "
         "answers, in bold; every other cell is one kind of mistake, such as cats "
         "taken for non-cats. Row-normalised shows each row as percentages of that "
         "class's images, so rare and common classes compare fairly. Click a cell, or "
         "press Enter on it, to see its images in the test predictions.")},
    {"test-predictions", QT_TRANSLATE_NOOP("Concepts", "Test predictions"),
     QT_TRANSLATE_NOOP("Concepts",
                       "Every test image with the class the network predicts for it now and how "
                       "sure it is: the probability of that class, as a bar and a percentage. A ✓ "
                       "marks a right prediction and a ✗ a wrong one (their frames are green and "
                       "red, or blue and orange in the colour-blind-safe colours). “Misclassified "
                       "only” shows the mistakes, as the notebook's print_mislabeled_images does. "
                       "Click an image, or press Enter on it, to see it large with every class's "
                       "probability.")},
    {"your-pictures", QT_TRANSLATE_NOOP("Concepts", "Your pictures"),
     QT_TRANSLATE_NOOP(
         "Concepts",
         "Drop or paste (Ctrl+V) pictures of your own to see what the current network "
         "makes of them. Each is scaled to the data set's image size, encoded as its "
         "training images were, and classified again whenever the weights change, so "
         "its prediction follows training.")},
    {"speed", QT_TRANSLATE_NOOP("Concepts", "Training speed"),
     QT_TRANSLATE_NOOP("Concepts",
                       "How many iterations a second training makes, from slow motion (2 a second, "
                       "every step drawn) to full speed. The speed changes nothing in the results: "
                       "slowing down lets you watch the cost fall step by step.")},
};

const Entry* Find(const QString& id) {
    for (const Entry& e : kEntries)
        if (id == QLatin1String(e.id)) return &e;
    return nullptr;
}

QString Translated(const char* source) {
    return QCoreApplication::translate(kContext, source);
}

}  // namespace

QStringList Concepts::Ids() {
    QStringList ids;
    for (const Entry& e : kEntries) ids << QString::fromLatin1(e.id);
    return ids;
}

bool Concepts::Has(const QString& id) {
    return Find(id) != nullptr;
}

QString Concepts::Title(const QString& id) {
    const Entry* e = Find(id);
    return e ? Translated(e->title) : QString();
}

QString Concepts::Text(const QString& id) {
    const Entry* e = Find(id);
    return e ? Translated(e->text) : QString();
}

QString Concepts::Html(const QString& id) {
    if (!Has(id)) return {};
    return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
        .arg(Title(id).toHtmlEscaped(), Text(id).toHtmlEscaped());
}

bool Concepts::Matches(const QString& id, const QString& filter) {
    const Entry* e = Find(id);
    if (!e) return false;
    const QString f = filter.trimmed();
    if (f.isEmpty()) return true;
    for (const QString& s :
         {Title(id), Text(id), QString::fromUtf8(e->title), QString::fromUtf8(e->text)})
        if (s.contains(f, Qt::CaseInsensitive)) return true;
    return false;
}

void Concepts::Attach(QWidget* widget, const QString& id) {
    Q_ASSERT(Has(id));
    widget->setProperty(kProperty, id);
    widget->setWhatsThis(Html(id));
}

QString Concepts::Of(const QWidget* widget) {
    for (const QWidget* w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        const QString id = w->property(kProperty).toString();
        if (!id.isEmpty()) return id;
    }
    return {};
}

}  // namespace layerlab
