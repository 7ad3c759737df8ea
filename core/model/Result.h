#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

// Errors travel as values so that they can cross event loops and end as a message.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(ApiError error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    const T& operator*() const { return std::get<0>(m_data); }

    const ApiError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(ApiError error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const ApiError& error() const { return m_error; }

private:
    ApiError m_error;
    bool m_ok = true;
};
