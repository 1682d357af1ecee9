#pragma once
// Errors for input that cannot be used at all (undecodable text, a JSON document of the wrong
// shape, an unreadable file). Problems inside a readable report are findings, not errors.
#include "govinfo/detail/require_cxx20.hpp"  // first: a clear message before C++20 is used
#include <boost/describe/enum.hpp>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace govinfo {

enum class ErrorCode {
    io_error,             // a file could not be opened or read
    input_too_large,      // input beyond the configured maximum size
    invalid_utf8,         // bytes that are neither UTF-8 nor a recognised Chinese encoding
    undecodable,          // an encoding was detected but the bytes do not decode in it
    json_syntax,          // not a JSON document
    json_type,            // a value of the wrong JSON type
    json_missing_key,     // a required key is absent
    json_unknown_key,     // a key the schema does not have
    json_bad_value,       // a value of the right type that is out of range or not an id
    csv_syntax,           // a CSV line that cannot be read
    csv_bad_value,        // a CSV field that is not what its column requires
    no_report,            // the input holds no recognisable report
    rollup_mixed,         // rollup() given reports of different formats or years, or without a year
    rollup_overflow,      // a rollup sum does not fit in 64 bits
    unsupported_format,   // a format govinfo recognises but does not read (.doc, .wps, .rtf, …)
    corrupt_file,         // a PDF or DOCX file that is truncated or broken
    encrypted,            // a password-protected PDF or DOCX
    bad_id,               // an id or label that names no value of the enum asked for
    bad_number,           // text that is not a decimal number (Decimal::parse)
};
BOOST_DESCRIBE_ENUM(ErrorCode, io_error, input_too_large, invalid_utf8, undecodable, json_syntax,
                    json_type, json_missing_key, json_unknown_key, json_bad_value, csv_syntax,
                    csv_bad_value, no_report, rollup_mixed, rollup_overflow, unsupported_format,
                    corrupt_file, encrypted, bad_id, bad_number)

struct Error {
    ErrorCode code = ErrorCode::io_error;
    std::string message;     // what is wrong, in one sentence
    std::string file;        // the file the input came from, when there was one
    std::string path;        // JSON pointer of the problem (/applications/new_received/total)
    std::size_t offset = 0;  // byte offset into the input, when known
    std::uint32_t line = 0;    // 1-based; 0 = unknown
    std::uint32_t column = 0;  // 1-based, in characters; 0 = unknown

    // "file:line:column: json_type: /year: expected an integer, got a string"; parts that are
    // unknown are left out.
    std::string to_string() const;
};

// Fills line and column from the byte offset. Kept apart from the error itself so that errors
// stay cheap to make and the position is computed only when someone looks at it.
void locate(Error& e, std::string_view input) noexcept;

class Exception : public std::runtime_error {
public:
    explicit Exception(Error e) : std::runtime_error(e.to_string()), error_(std::move(e)) {}
    Error const& error() const noexcept { return error_; }

private:
    Error error_;
};

}  // namespace govinfo
