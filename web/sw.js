// Funnelplan's service worker: after one visit the whole site comes from this
// cache, so the planner opens and works with no network. The build fills in
// the cache name (a hash of the files) and the file list.
const CACHE = "@FP_CACHE@";
const FILES = @FP_FILES@;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith("funnelplan-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // The interface's other languages are not installed with the site: one is
  // kept here the first time it is fetched, so it works offline from then on.
  const language = new URL(request.url).pathname.includes("/i18n/");
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit ||
      fetch(request).then((response) => {
        if (language && response.ok) cache.put(request, response.clone());
        return response;
      }).catch(() => (request.mode === "navigate" ? caches.match("./index.html") : Response.error())))));
});
