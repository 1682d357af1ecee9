# Driven by CTest: every public header, compiled as C++17, stops at govinfo's own message (the
# first error, with -Wfatal-errors) instead of somewhere deep inside a C++20 construct.
file(GLOB headers ${SOURCE_DIR}/include/govinfo/*.hpp)
list(LENGTH headers count)
if(count LESS 10)
  message(FATAL_ERROR "found only ${count} public headers in ${SOURCE_DIR}/include/govinfo")
endif()
file(WRITE ${WORK_DIR}/empty.cpp "")
set(includes -I${SOURCE_DIR}/include)
foreach(dir IN LISTS BOOST_INCLUDES)
  list(APPEND includes -I${dir})
endforeach()
foreach(header IN LISTS headers)
  execute_process(COMMAND ${CXX} -std=c++17 -fsyntax-only -Wfatal-errors ${includes}
                          -include ${header} ${WORK_DIR}/empty.cpp
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(rc EQUAL 0)
    message(FATAL_ERROR "${header} compiled as C++17 without an error")
  endif()
  if(NOT out MATCHES "govinfo needs C\\+\\+20: compile with -std=c\\+\\+20")
    message(FATAL_ERROR "${header} as C++17 failed without govinfo's message:\n${out}")
  endif()
endforeach()
message(STATUS "${count} headers refuse C++17 with govinfo's message")
