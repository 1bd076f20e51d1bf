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

void TrainerFactory::Check(const NetworkSpec& spec, const DataSet& train, const DataSet* test,
                           const TrainOptions& options, const TrainingMemory::Part& extra) {
    spec.Validate();
    train.Validate();
    options.Validate(spec.L(), train.Count());
    if (train.Features() != spec.sizes[0])
        throw EngineError("the network's input size is " + std::to_string(spec.sizes[0]) +
                          " but the data's examples have " + std::to_string(train.Features()) +
                          " values: make the first layer size " + std::to_string(train.Features()));
    const bool hasTest = test && test->Count() > 0;
    if (hasTest) {
        test->Validate();
        if (test->Features() != train.Features())
            throw EngineError(
                test->source + ": the test examples have " + std::to_string(test->Features()) +
                " values but the training examples have " + std::to_string(train.Features()));
    }
    DataSet::RequireOutputsFit(spec.sizes.back(), train.ClassCount());
    if (hasTest)
        DataSet::RequireOutputsFit(spec.sizes.back(), test->ClassCount());  // labels need a unit
    // Shapes first, memory last: the cheap refusals say the more useful thing.
    TrainingMemory::Check(spec, train.Count(), hasTest ? test->Count() : 0, options, extra);
}

std::unique_ptr<Trainer> TrainerFactory::Create(const Parameters& initial, const DataSet& train,
                                                const DataSet* test, const TrainOptions& options) {
    initial.Validate();
    Check(initial.spec, train, test, options);
    std::unique_ptr<Trainer> trainer = options.precision == Precision::Float
                                           ? CreateIn<float>(initial, train, test, options)
                                           : CreateIn<double>(initial, train, test, options);
    trainer->m_classNames = initial.classNames.empty() ? train.classNames : initial.classNames;
    trainer->m_imageShape = train.imageShape;
    return trainer;
}

}  // namespace layerlab
