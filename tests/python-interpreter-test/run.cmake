# Driven by CTest: GOVINFO_BUILD_PYTHON=ON with an interpreter other than /usr/bin/python3 warns,
# naming both; with /usr/bin/python3 (or a venv of it) it does not. The "other" interpreter is a
# script that runs /usr/bin/python3, so the test needs nothing but Debian's Python; only the
# configure step runs.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/bin)
file(WRITE ${WORK_DIR}/bin/python3 "#!/bin/sh\nexec /usr/bin/python3 \"$@\"\n")
file(CHMOD ${WORK_DIR}/bin/python3 PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(common -S ${GOVINFO_SOURCE_DIR} -B ${WORK_DIR}/build -G ${GENERATOR} -DGOVINFO_BUILD_PYTHON=ON
    -DGOVINFO_BUILD_TESTS=OFF -DGOVINFO_BUILD_CLI=OFF -DGOVINFO_BUILD_EXAMPLES=OFF
    -DGOVINFO_BUILD_BENCH=OFF)
foreach(python ${WORK_DIR}/bin/python3 /usr/bin/python3)
  execute_process(COMMAND ${CMAKE_COMMAND} ${common} -DPython_EXECUTABLE=${python}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(rc)
    message(FATAL_ERROR "configure with ${python} failed:\n${out}")
  endif()
  string(REGEX REPLACE "[ \n]+" " " flat "${out}")  # CMake wraps warning text
  if(python STREQUAL "/usr/bin/python3")
    if(flat MATCHES "not for Debian's")
      message(FATAL_ERROR "warned about /usr/bin/python3 itself:\n${out}")
    endif()
  elseif(NOT flat MATCHES "builds the module for ${python} .*not for Debian's /usr/bin/python3")
    message(FATAL_ERROR "no warning naming ${python} and /usr/bin/python3:\n${out}")
  endif()
endforeach()
