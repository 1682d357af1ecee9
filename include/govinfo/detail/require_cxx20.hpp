#pragma once
// govinfo's headers use C++20 (concepts, <=>, designated initialisers, std::span). Compiled as
// C++17 or older they would fail somewhere deep inside a header with a message that names none
// of this, so the few headers every other one includes first include this check. GCC 10 and
// clang 9 give 201709L for -std=c++2a, hence "later than C++17" rather than "202002L or later".
#if defined(_MSVC_LANG) && !defined(__clang__)
#define GOVINFO_DETAIL_CPLUSPLUS _MSVC_LANG
#else
#define GOVINFO_DETAIL_CPLUSPLUS __cplusplus
#endif
#if GOVINFO_DETAIL_CPLUSPLUS <= 201703L
#error "govinfo needs C++20: compile with -std=c++20 (GCC, clang) or /std:c++20 (MSVC); CMake consumers of govinfo::govinfo get it from the target's cxx_std_20"
#endif
#undef GOVINFO_DETAIL_CPLUSPLUS
