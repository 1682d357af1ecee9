# Driven by CTest: configure the add_subdirectory consumer (no build: find_package_consumer links
# the same main.cpp) and check which install rules govinfo contributed. With the default
# GOVINFO_INSTALL (OFF below the top level) it contributes none; with GOVINFO_INSTALL=ON it
# installs its headers, library and packages.
foreach(install_option default ON)
  set(build ${WORK_DIR}/${install_option})
  file(REMOVE_RECURSE ${build})
  set(args)
  if(install_option STREQUAL "ON")
    set(args -DGOVINFO_INSTALL=ON)
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -S ${CONSUMER_SOURCE_DIR} -B ${build} -G ${GENERATOR}
                          -DGOVINFO_SOURCE_DIR=${GOVINFO_SOURCE_DIR} ${args}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(rc)
    message(FATAL_ERROR "consumer configure (${install_option}) failed:\n${out}")
  endif()
  file(READ ${build}/govinfo/cmake_install.cmake rules)
  string(FIND "${rules}" "file(INSTALL" at)
  string(FIND "${rules}" "govinfo.pc" pc)
  if(install_option STREQUAL "default" AND NOT at EQUAL -1)
    message(FATAL_ERROR "govinfo added install rules to an add_subdirectory consumer:\n${rules}")
  endif()
  if(install_option STREQUAL "ON" AND (at EQUAL -1 OR pc EQUAL -1))
    message(FATAL_ERROR "GOVINFO_INSTALL=ON gave no install rules (or no govinfo.pc):\n${rules}")
  endif()
endforeach()
