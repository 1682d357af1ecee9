# Runs the README's C++ example the way the README shows and compares its output with the
# ```text block that follows the command in the README.
file(READ ${README} readme)
string(REGEX MATCH "\\$ (readme_example [^\n]*)\n```\n```text\n([^`]*)```" _m "${readme}")
if(NOT CMAKE_MATCH_1)
  message(FATAL_ERROR "README.md shows no '$ readme_example ...' command with a ```text output block")
endif()
set(expected "${CMAKE_MATCH_2}")
separate_arguments(args UNIX_COMMAND "${CMAKE_MATCH_1}")
list(POP_FRONT args)
execute_process(COMMAND ${EXE} ${args} WORKING_DIRECTORY ${WORKDIR}
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readme_example exited with ${rc}:\n${out}")
endif()
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "README example output differs.\n--- README\n${expected}--- actual\n${out}")
endif()
