#include "TrainerFactory.h"

#include "DirectTrainer.h"
#include "EngineError.h"
#include "GramTrainer.h"

namespace layerlab {

namespace {

// The Gram path where it applies (the notebook's run), the direct path everywhere else.
template <typename eT>
std::unique_ptr<Trainer> CreateIn(const Parameters& initial, const DataSet& train,
                                  const DataSet* test, const TrainOptions& options) {
    if (GramTrainer<eT>::Applies(initial.spec, train.Count(), options))
        return std::make_unique<GramTrainer<eT>>(initial, train, test, options);
    return std::make_unique<DirectTrainer<eT>>(initial, train, test, options);
}

}  // namespace

std::unique_ptr<Trainer> TrainerFactory::Create(const Parameters& initial, const DataSet& train,
                                                const DataSet* test, const TrainOptions& options) {
    initial.Validate();
    train.Validate();
    options.Validate(initial.L(), train.Count());
    if (train.Features() != initial.spec.sizes[0])
        throw EngineError("the network's input size is " + std::to_string(initial.spec.sizes[0]) +
                          " but the data's examples have " + std::to_string(train.Features()) +
                          " values: make the first layer size " + std::to_string(train.Features()));
    if (test && test->Count() > 0) {
        test->Validate();
        if (test->Features() != train.Features())
            throw EngineError(
                test->source + ": the test examples have " + std::to_string(test->Features()) +
                " values but the training examples have " + std::to_string(train.Features()));
        (void)test->Targets<double>(initial.spec.sizes.back());  // refuse labels without a unit
    }
    std::unique_ptr<Trainer> trainer = options.precision == Precision::Float
                                           ? CreateIn<float>(initial, train, test, options)
                                           : CreateIn<double>(initial, train, test, options);
    trainer->m_classNames = initial.classNames.empty() ? train.classNames : initial.classNames;
    trainer->m_imageShape = train.imageShape;
    return trainer;
}

}  // namespace layerlab
