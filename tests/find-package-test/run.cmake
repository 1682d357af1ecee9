# Driven by CTest: install the built library into WORK_DIR/prefix and build a consumer against it.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${GOVINFO_BUILD_DIR} --prefix ${WORK_DIR}/prefix
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "install failed: ${rc}")
endif()
# Sanitizer flags stay in govinfo's own build: the installed package must not hand them on.
foreach(file ${WORK_DIR}/prefix/${LIBDIR}/cmake/govinfo/govinfoTargets.cmake
             ${WORK_DIR}/prefix/${LIBDIR}/pkgconfig/govinfo.pc)
  file(READ ${file} text)
  if(text MATCHES "-fsanitize")
    message(FATAL_ERROR "${file} exports sanitizer flags")
  endif()
endforeach()
# A consumer of a sanitized build (SANITIZER_FLAGS, from the asan preset) opts in itself.
separate_arguments(sanitizer_flags UNIX_COMMAND "${SANITIZER_FLAGS}")
execute_process(COMMAND ${CMAKE_COMMAND} -S ${CONSUMER_SOURCE_DIR} -B ${WORK_DIR}/build -G ${GENERATOR}
                        -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix "-DCMAKE_CXX_FLAGS=${SANITIZER_FLAGS}"
                        "-DCMAKE_EXE_LINKER_FLAGS=${SANITIZER_FLAGS}" RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "consumer configure failed: ${rc}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR}/build RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "consumer build failed: ${rc}")
endif()
execute_process(COMMAND ${WORK_DIR}/build/consumer RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(rc OR NOT out STREQUAL "2021 1\n")
  message(FATAL_ERROR "consumer run failed: rc=${rc} output='${out}'")
endif()

# The same consumer through pkg-config: govinfo.pc beside the CMake package, relocated with the
# prefix, gives the include path and every library a plain compiler command needs.
find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED)
set(pc_dir ${WORK_DIR}/prefix/${LIBDIR}/pkgconfig)
if(NOT EXISTS ${pc_dir}/govinfo.pc)
  message(FATAL_ERROR "no govinfo.pc in ${pc_dir}")
endif()
set(ENV{PKG_CONFIG_PATH} ${pc_dir})
execute_process(COMMAND ${PKG_CONFIG} --cflags --libs govinfo RESULT_VARIABLE rc
                OUTPUT_VARIABLE flags ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
if(rc)
  message(FATAL_ERROR "pkg-config --cflags --libs govinfo failed: ${err}")
endif()
if(NOT flags MATCHES "-I${WORK_DIR}/prefix/")
  message(FATAL_ERROR "pkg-config does not point into the install prefix: ${flags}")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
execute_process(COMMAND ${CXX} -std=c++20 ${sanitizer_flags} ${CONSUMER_SOURCE_DIR}/main.cpp ${flags}
                        -o ${WORK_DIR}/consumer_pkg_config
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc)
  message(FATAL_ERROR "consumer build with pkg-config flags failed:\n${out}")
endif()
execute_process(COMMAND ${WORK_DIR}/consumer_pkg_config RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(rc OR NOT out STREQUAL "2021 1\n")
  message(FATAL_ERROR "pkg-config consumer run failed: rc=${rc} output='${out}'")
endif()
