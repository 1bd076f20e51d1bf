#pragma once

#include <QString>
#include <utility>

namespace layerlab {

// A refusal the user can act on (an unknown option, a missing --data, an unwritable --save):
// CommandLine::Run prints its message as one line on stderr and exits with code 1.
class UsageError {
public:
    explicit UsageError(QString message) : m_message(std::move(message)) {}
    const QString& Message() const { return m_message; }

private:
    QString m_message;
};

}  // namespace layerlab
