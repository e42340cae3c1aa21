// dockref's service worker (issue 14, "works offline once loaded"): the explain page, the builder,
// their scripts and the spec slices are served from the network when it answers and from a cache
// when it does not. When it installs, it caches the language's whole slice file
// (/{lang}/spec/all.json) in the background, so any command can be checked offline.
const CACHE = 'dockref-v1';
const HANDLED = /^\/(?:_astro\/|(?:ko|en)\/(?:spec\/|spec\.json$|explain\/|commands\/))/;

// Registered as /sw.js?lang=ko (or en): that language's slices are cached once installed.
const LANG = new URL(self.location.href).searchParams.get('lang') === 'en' ? 'en' : 'ko';

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then((c) => c.add(`/${LANG}/spec/all.json`)).catch(() => {}));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function fromCache(request, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: !url.pathname.includes('/spec'), ignoreVary: true });
  if (hit) return hit;
  // A slice not fetched before: cut it from the cached whole-language file.
  const m = /^\/(ko|en)\/spec\/([a-z0-9-]+)\.json$/.exec(url.pathname);
  if (m) {
    const all = await cache.match(`/${m[1]}/spec/all.json`);
    if (all) {
      const slice = (await all.json())[m[2]];
      if (slice) return new Response(JSON.stringify(slice), { headers: { 'Content-Type': 'application/json' } });
    }
  }
  return Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !HANDLED.test(url.pathname)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((c) => c.put(request, copy)));
        }
        return response;
      })
      .catch(() => fromCache(request, url)),
  );
});

// The page tells what it has loaded (its own URL, scripts, styles): kept for offline reloads.
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.cache) ? event.data.cache.filter((u) => typeof u === 'string' && new URL(u, self.location.href).origin === self.location.origin) : [];
  event.waitUntil(caches.open(CACHE).then((c) => Promise.all(urls.map((u) => c.add(u).catch(() => {})))));
});
