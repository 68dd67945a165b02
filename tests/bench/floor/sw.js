// The floor's offline cache, the site's in miniature (web/sw.js): every file
// cached on install, and served from the cache from then on.
const CACHE = "floor";
const FILES = ["./", "index.html", "floor.js", "floor.wasm"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)));
});
