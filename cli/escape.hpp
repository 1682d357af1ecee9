#pragma once
// Text from files and file names, made safe for where the command writes it. Report text is
// UTF-8 once decoded, but file names are bytes, and both may hold control characters.
#include <string>
#include <string_view>

namespace govinfo::cli {

// For a terminal (text output, stderr, the progress bar): control characters (C0, DEL, C1),
// bidirectional overrides and line separators, and bytes that are not valid UTF-8 become
// visible escapes ("\t", "\n", "\r", "\x1b", "\xff", "\u{202e}"), so neither a file name nor a
// report can set the window title, move the cursor, clear the screen, reorder what is shown or
// break a table row. Everything else, Chinese included, passes unchanged.
std::string terminal_safe(std::string_view text);

// A JSON string literal (quotes included). Control characters are JSON escapes; bytes that are
// not valid UTF-8 (file names can hold any bytes) become the text "\xff", spelt as on the
// terminal, so the document stays valid JSON and the name stays recognisable.
std::string json_string(std::string_view text);

}  // namespace govinfo::cli
