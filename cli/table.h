// Plain-text tables for the terminal, aligned for Japanese (wide) characters.
#ifndef KEIKAKU_CLI_TABLE_H_
#define KEIKAKU_CLI_TABLE_H_

#include <ostream>
#include <string>
#include <vector>

namespace keikaku::cli {

// Display width of UTF-8 text: East Asian wide and full-width characters count 2.
size_t DisplayWidth(const std::string& utf8);

// Prints `rows` under `header` with columns padded to their widest cell; a cell wider than
// `max_width` columns is cut with "…".
void PrintTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                std::ostream& out, size_t max_width = 60);

}  // namespace keikaku::cli

#endif  // KEIKAKU_CLI_TABLE_H_
