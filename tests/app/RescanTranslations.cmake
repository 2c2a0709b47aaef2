# Copies translations/*.ts to OUTPUT_DIR and rescans the sources into the copies with lupdate,
# so that tst_localization also sees strings added to the code since the last
# update_translations (they come out unfinished). Run by CTest as the fixture
# `translations_rescan`: cmake -DLUPDATE=... -DSOURCE_DIR=... -DOUTPUT_DIR=... -P <this file>
file(REMOVE_RECURSE "${OUTPUT_DIR}")
file(MAKE_DIRECTORY "${OUTPUT_DIR}")
file(GLOB sources "${SOURCE_DIR}/translations/*.ts")
file(COPY ${sources} DESTINATION "${OUTPUT_DIR}")
file(GLOB copies "${OUTPUT_DIR}/*.ts")
# English, the source language, keeps only its plural forms.
set(plural_copies "${OUTPUT_DIR}/contacts_en.ts")
list(REMOVE_ITEM copies ${plural_copies})
foreach(pass IN ITEMS full plural)
    if(pass STREQUAL "full")
        set(options "")
        set(files ${copies})
    else()
        set(options -pluralonly)
        set(files ${plural_copies})
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${options} -extensions cpp,h
            "${SOURCE_DIR}/sync" "${SOURCE_DIR}/models" "${SOURCE_DIR}/ui"
            "${SOURCE_DIR}/app/desktop"
            -ts ${files}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result})")
    endif()
endforeach()
