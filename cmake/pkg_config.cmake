# govinfo_write_pkg_config(FILE): writes govinfo.pc for the install tree, so that
#   c++ -std=c++20 app.cpp $(pkg-config --cflags --libs govinfo)
# builds against an installed govinfo. The prefix is computed from the file's own place
# (${pcfiledir}), so `cmake --install build --prefix anywhere` gives a working file. The
# dependencies are those govinfo::govinfo links: Boost.JSON (by file: Boost has no .pc) and the
# PDF and DOCX readers' libraries when they were built in.
function(govinfo_write_pkg_config out)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
    set(prefix "${CMAKE_INSTALL_PREFIX}")
  else()
    file(RELATIVE_PATH up "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
    string(REGEX REPLACE "/$" "" up "${up}")
    set(prefix "\${pcfiledir}/${up}")
  endif()
  foreach(kind LIB INCLUDE)
    if(IS_ABSOLUTE "${CMAKE_INSTALL_${kind}DIR}")
      set(${kind}_dir "${CMAKE_INSTALL_${kind}DIR}")
    else()
      set(${kind}_dir "\${prefix}/${CMAKE_INSTALL_${kind}DIR}")
    endif()
  endforeach()

  set(requires)
  if(GOVINFO_WITH_PDF AND GOVINFO_PDF_SOURCES)
    list(APPEND requires poppler-cpp)
  endif()
  if(GOVINFO_WITH_DOCX AND GOVINFO_DOCX_SOURCES)
    list(APPEND requires libzip pugixml)
  endif()
  list(JOIN requires " " requires)
  # Boost's headers only when they are not in the compiler's own search path.
  set(boost_includes "$<FILTER:$<TARGET_PROPERTY:Boost::headers,INTERFACE_INCLUDE_DIRECTORIES>,EXCLUDE,^/usr/include/?$>")
  set(boost_cflags "$<$<BOOL:${boost_includes}>: -I$<JOIN:${boost_includes}, -I>>")
  set(boost_libs "$<TARGET_LINKER_FILE:Boost::json>")
  # What govinfo::govinfo passes on to its users. Sanitizer flags are not among them
  # (CMakeLists.txt): a program linking a sanitized build adds them itself.
  set(public_cflags "$<JOIN:$<TARGET_PROPERTY:govinfo,INTERFACE_COMPILE_OPTIONS>, >")
  set(public_libs "$<JOIN:$<TARGET_PROPERTY:govinfo,INTERFACE_LINK_OPTIONS>, >")

  get_target_property(type govinfo TYPE)
  if(type STREQUAL "STATIC_LIBRARY")  # every link needs what the archive uses
    set(requires_line "Requires: ${requires}")
    set(libs "Libs: -L\${libdir} -lgovinfo ${boost_libs} ${public_libs}")
  else()
    set(requires_line "Requires.private: ${requires}")
    set(libs "Libs: -L\${libdir} -lgovinfo ${public_libs}\nLibs.private: ${boost_libs}")
  endif()
  if(NOT requires)
    set(requires_line "")
  endif()

  file(GENERATE OUTPUT ${out} CONTENT "prefix=${prefix}
libdir=${LIB_dir}
includedir=${INCLUDE_dir}

Name: govinfo
Description: ${PROJECT_DESCRIPTION}
Version: ${PROJECT_VERSION}
${requires_line}
Cflags: -I\${includedir}${boost_cflags} ${public_cflags}
${libs}
")
endfunction()
