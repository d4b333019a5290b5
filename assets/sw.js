// Tifa's service worker: keeps the authoring page, the term base and the
// reader (for the preview) in a cache, so that both pages work offline once
// loaded. Network first: online, every file comes from the site as usual
// (and refreshes the cache); offline, the cached copy answers. Copied to the
// site's root by scripts/build-author.sh, so that its scope is the site.
const CACHE = "tifa-offline-v1";
const PAGES = ["author.html", "index.html"];

// The files a page loads, from its own markup: Trunk names them with a
// content hash, so the list cannot be written here.
function filesOf(page) {
  const found = [];
  for (const match of page.matchAll(/(?:href|src)="?([^"\s>]+)"?/g)) {
    const url = match[1];
    if (!/^(?:[a-z]+:|\/\/|#)/i.test(url)) found.push(new URL(url, self.registration.scope).href);
  }
  return found;
}

async function fill(cache) {
  const scope = self.registration.scope;
  const keep = async (url) => {
    try {
      const response = await fetch(url, { cache: "no-cache" });
      if (response.ok) await cache.put(url, response.clone());
      return response.ok ? response : null;
    } catch {
      return null;
    }
  };
  // The pack worker checks the authoring page's preview (a raw pack): its
  // fixed names are in src/hooks/pack_worker.rs and scripts/build-pack-worker.sh.
  const fixed = ["tifa.json", "assets/termbase-index.json", "pack-worker/worker.js", "pack-worker/tifa_pack_worker.js",
    "pack-worker/tifa_pack_worker_bg.wasm"];
  const files = new Set([scope, ...fixed.map((name) => new URL(name, scope).href)]);
  for (const name of PAGES) {
    const response = await keep(new URL(name, scope).href);
    if (response) for (const file of filesOf(await response.text())) files.add(file);
  }
  const index = await keep(new URL("assets/termbase-index.json", scope).href);
  if (index) {
    try {
      for (const name of (await index.json()).files || []) files.add(new URL(`assets/termbase/${name}`, scope).href);
    } catch {
      // A broken index: the page says so when it loads the term base.
    }
  }
  await Promise.all([...files].map(keep));
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then(fill).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("tifa-") && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === "basic") {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      // Offline: the cached copy; a page is found without its query
      // (index.html?pack=… is index.html).
      .catch(() => caches.match(request, { ignoreSearch: request.mode === "navigate" })
        .then((cached) => cached || Response.error())),
  );
});
