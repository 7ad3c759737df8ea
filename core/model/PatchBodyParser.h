#pragma once

#include "ApiMessages.h"
#include "RequestValidator.h"
#include "Result.h"

#include <QByteArray>

#include <optional>

// Reads a PATCH /orders/{id} body with simdjson straight into a PatchRequest, checking every
// field in the same pass with RequestValidator's rules and messages. It answers only for plain
// JSON: a body simdjson refuses (malformed, invalid UTF-8, a number beyond 64 bits), that
// repeats a key RequestValidator reads, or that holds a number read as 0.0 (Qt refuses 1e-400)
// gives nullopt, and Qt's parser then names the fault.
class PatchBodyParser
{
public:
    static std::optional<Result<PatchRequest>> parse(const QByteArray& body,
                                                     const RequestValidator::OrderContext& context);
};
