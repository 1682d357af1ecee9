#pragma once
// Which statutory table format a report follows. The version is read from the labels a report
// uses, never from its year: a 2022 report printed in the 2019 tables exists (FORMAT.md §1).
#include "govinfo/detail/require_cxx20.hpp"  // first: a clear message before C++20 is used
#include <boost/describe/enum.hpp>

namespace govinfo {

// v2019: 国办公开办函〔2019〕60号 (reports on 2019 and 2020).
// v2021: 国办公开办函〔2021〕30号 (reports on 2021 onward).
// Wire ids are "2019" and "2021" (see labels.hpp: id()), not the enumerator names.
enum class FormatVersion { v2019, v2021 };
BOOST_DESCRIBE_ENUM(FormatVersion, v2019, v2021)

}  // namespace govinfo
