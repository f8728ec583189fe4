# The browser's side of CMakeLists.txt (CONVVIZ_WEB): the platform file, the page's entry point,
# the static site in ${CMAKE_BINARY_DIR}/site, and with CONVVIZ_WEB_TESTS the core tests for node.
set(site "${CMAKE_BINARY_DIR}/site")

target_sources(convviz_gui PRIVATE app/web/platform_web.cpp)
target_sources(convviz_export PRIVATE app/web/file_calls_web.cpp)

add_executable(convviz_web app/web/web_main.cpp)
target_link_libraries(convviz_web PRIVATE convviz_gui convviz_warnings)
set_target_properties(convviz_web PROPERTIES OUTPUT_NAME convviz SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${site}")
target_link_options(convviz_web PRIVATE
  -sENVIRONMENT=web
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=64MB
  -sTOTAL_STACK=1MB
  -sEXIT_RUNTIME=0
  -sFORCE_FILESYSTEM=1
  # The page (app/web/page.js) calls these, and reads and writes the memory file system.
  "-sEXPORTED_FUNCTIONS=[_main,_malloc,_free,_convviz_state,_convviz_open_file,_convviz_paste,_convviz_run_command,_convviz_save_settings,_convviz_open_link,_convviz_open_copied_link]"
  "-sEXPORTED_RUNTIME_METHODS=[FS,UTF8ToString,stringToUTF8,lengthBytesUTF8,addRunDependency,removeRunDependency]")

# The fonts, cut down to the characters drawn (cmake/web/subset_fonts.py; Debian's fonttools).
set(fonts "${site}/fonts/latin.ttf" "${site}/fonts/cjk-names.ttf" "${site}/fonts/cjk.ttf")
add_custom_command(
  OUTPUT ${fonts}
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/cmake/web/subset_fonts.py" "${CMAKE_SOURCE_DIR}" "${site}/fonts"
  DEPENDS "${CMAKE_SOURCE_DIR}/cmake/web/subset_fonts.py" "${CMAKE_SOURCE_DIR}/core/i18n/strings_en.cpp"
          "${CMAKE_SOURCE_DIR}/core/i18n/strings_zh.cpp" "${CMAKE_SOURCE_DIR}/core/i18n/lang.cpp"
  COMMENT "Cutting the site's fonts down to the characters ConvViz draws")
# The page itself.
set(page_files index.html page.js)
set(page_outputs)
foreach(f ${page_files})
  add_custom_command(OUTPUT "${site}/${f}"
                     COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/app/web/${f}" "${site}/${f}"
                     DEPENDS "${CMAKE_SOURCE_DIR}/app/web/${f}")
  list(APPEND page_outputs "${site}/${f}")
endforeach()
add_custom_target(convviz_site ALL DEPENDS ${fonts} ${page_outputs})
add_dependencies(convviz_web convviz_site)

if(CONVVIZ_WEB_TESTS)
  # GoogleTest from Debian's own sources (libgtest-dev ships them), compiled for WebAssembly.
  add_library(convviz_web_gtest STATIC /usr/src/googletest/googletest/src/gtest-all.cc
                                       /usr/src/googletest/googletest/src/gtest_main.cc)
  target_include_directories(convviz_web_gtest SYSTEM PUBLIC /usr/src/googletest/googletest/include
                             PRIVATE /usr/src/googletest/googletest)
  add_library(GTest::gtest ALIAS convviz_web_gtest)
  add_library(GTest::gtest_main ALIAS convviz_web_gtest)
  add_library(convviz_torch_data STATIC tests/torch_data.cpp)
  target_link_libraries(convviz_torch_data PUBLIC convviz_core GTest::gtest PRIVATE convviz_warnings)
  target_compile_definitions(convviz_torch_data PRIVATE CONVVIZ_TORCH_DATA="${CONVVIZ_TORCH_DATA}")
  add_executable(convviz_tests ${CONVVIZ_CORE_TEST_SOURCES})
  target_link_libraries(convviz_tests PRIVATE convviz_core convviz_torch_data GTest::gtest_main convviz_warnings)
  target_compile_definitions(convviz_tests PRIVATE CONVVIZ_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  # Under node, with the host's files (the PyTorch cases, the test data) read where they are.
  # WASM_ASYNC_COMPILATION=0: emscripten 3.1.6 loads the .wasm with fetch() whenever the global
  # exists, and node 18+ has one that refuses a file path; compiled synchronously it is read from
  # the disk instead.
  target_link_options(convviz_tests PRIVATE -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1
                      -sTOTAL_STACK=4MB -sEXIT_RUNTIME=1 -sWASM_ASYNC_COMPILATION=0
                      # The code is core's, optimised as the site's; the test binary's own link needs no
                      # -O3 pass over it (minutes on CI's two cores).
                      -O1)
  set_target_properties(convviz_tests PROPERTIES SUFFIX ".js")
endif()
