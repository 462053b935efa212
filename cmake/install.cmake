# Install and package (issue 18). `cmake --install build --prefix P` gives
#   P/bin/pnc, P/lib/pnc/{pnc-readers,pnc-serve}.so, P/share/pnc/{locales,templates,data,accessibility,schema,cmake},
#   P/share/man/man1/pnc.1, P/share/bash-completion/completions/pnc
# and pnc finds P/share/pnc from its own location (src/driver/data_dir.cc), so P can be moved.
# `cpack --config build/CPackConfig.cmake` builds a .deb for /usr (scripts/check-deb.sh installs it).
include(GNUInstallDirs)
install(TARGETS pnc RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The modules are looked for next to pnc, else in ../lib/pnc (src/draft/formats.cc,
# src/watch/serve.cc): a fixed folder, not CMAKE_INSTALL_LIBDIR (lib/x86_64-linux-gnu on Debian).
install(TARGETS pnc_readers pnc_serve pnc_speech LIBRARY DESTINATION lib/pnc)
install(DIRECTORY locales templates data accessibility schema DESTINATION ${CMAKE_INSTALL_DATADIR}/pnc)
install(FILES cmake/pnc.cmake cmake/pnc_depfile.cmake cmake/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/pnc/cmake)
install(FILES dist/pnc.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES dist/pnc.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME pnc)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pnc)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "pnc maintainers <pnc@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "privacy notice compiler for UK charities (UK GDPR Art 13/14)")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# Shared libraries (libharu, libgettextpo, poppler-cpp, libzip…) by dpkg-shlibdeps; the fonts the
# large-print PDFs embed are data, named here (accessibility/large-print.json).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-tiresias, fonts-sil-andika")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")
set(CPACK_STRIP_FILES ON)
include(CPack)
