# Copies the web shell next to the compiled app and fills in the service
# worker's cache name and file list. Run with -DSITE=… -DWEB=… -DASSETS=…
# -DVERSION=…. The interface's other languages go to i18n/, fetched when
# chosen and cached then (sw.js), so an English visit carries none of them.
set(files index.html app.css app.js glyphs.js manifest.webmanifest icon.svg funnelplan.js funnelplan.wasm
    funnelplan.data)
foreach(f index.html app.css glyphs.js manifest.webmanifest icon.svg)
  configure_file("${WEB}/${f}" "${SITE}/${f}" COPYONLY)
endforeach()
file(GLOB languages "${ASSETS}/i18n/*.json")
file(REMOVE_RECURSE "${SITE}/i18n")
foreach(path ${languages})
  get_filename_component(name "${path}" NAME)
  if(NOT name STREQUAL "en.json")
    configure_file("${path}" "${SITE}/i18n/${name}" COPYONLY)
  endif()
endforeach()
file(READ "${WEB}/app.js" app)
string(REPLACE "@FP_VERSION@" "${VERSION}" app "${app}")
file(WRITE "${SITE}/app.js" "${app}")

# The cache is named after the content, so every change to the site replaces
# what browsers keep offline.
set(digest "")
foreach(f ${files})
  file(SHA256 "${SITE}/${f}" h)
  string(APPEND digest "${h}")
endforeach()
string(SHA256 digest "${digest}")
string(SUBSTRING "${digest}" 0 16 digest)
set(list "[\"./\"")
foreach(f ${files})
  string(APPEND list ", \"./${f}\"")
endforeach()
string(APPEND list "]")
file(READ "${WEB}/sw.js" sw)
string(REPLACE "@FP_CACHE@" "funnelplan-${VERSION}-${digest}" sw "${sw}")
string(REPLACE "@FP_FILES@" "${list}" sw "${sw}")
file(WRITE "${SITE}/sw.js" "${sw}")
