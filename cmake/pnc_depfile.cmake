# Helper of pnc_add_notices (cmake -P): rewrites the depfile `pnc build --depfile` wrote (one rule
# per output) into one rule for the stamp file, with every prerequisite of every output.
# -DIN=pnc's depfile -DOUT=the depfile CMake reads -DSTAMP=the stamp path
file(STRINGS "${IN}" rules)
set(prereqs "")
foreach(rule IN LISTS rules)
  # The target ends at the first ':' that is not escaped ("\:" is a colon inside a path).
  string(REPLACE "\\:" "\x01" rule "${rule}")
  string(FIND "${rule}" ":" colon)
  if(colon GREATER -1)
    math(EXPR after "${colon} + 1")
    string(SUBSTRING "${rule}" ${after} -1 deps)
    string(REPLACE "\x01" "\\:" deps "${deps}")
    string(APPEND prereqs " ${deps}")
  endif()
endforeach()
string(REPLACE " " "\\ " stamp "${STAMP}")
file(WRITE "${OUT}" "${stamp}:${prereqs}\n")
