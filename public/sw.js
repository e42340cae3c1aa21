// dockref's service worker: the explain page, the builder,
// their scripts and the spec slices are served from the network when it answers and from a cache
// when it does not. When it installs, it caches the language's whole slice file
// (/{lang}/spec/all.json) in the background, so any command can be checked offline.
// The cache's name carries a version: bump it when what this worker stores changes shape. On
// activation every other dockref cache is deleted, so old hashed assets do not pile up.
const VERSION = 2;
const CACHE = `dockref-v${VERSION}`;
// At most this many pages and assets are kept; the oldest go first after each put.
const MAX_ENTRIES = 400;
// Registered as /sw.js?lang=ko&locales=ko,en by src/islands/offline.ts: the page's language, whose
// slices are cached once installed, and the site's languages, from the one locale list
// (src/lib/i18n/locales.ts), so a new language needs no edit here. Anything else is no language.
const PARAMS = new URL(self.location.href).searchParams;
const REQUESTED = PARAMS.get('lang') ?? '';
const LOCALES = (PARAMS.get('locales') ?? REQUESTED).split(',').filter((l) => /^[a-z]{2,3}$/.test(l));
const LANG = LOCALES.includes(REQUESTED) ? REQUESTED : LOCALES[0];
const LANGS = LOCALES.join('|') || '-';

// Every page of every language and the built assets: once installed, a page visited (the home, a
// guide, a command) is readable offline too, network first. Pagefind's index is not kept.
const HANDLED = new RegExp(`^/(?:_astro/|(?:${LANGS})/)`);
const SLICE = new RegExp(`^/(${LANGS})/spec/([a-z0-9-]+)\\.json$`);

self.addEventListener('install', (event) => {
  self.skipWaiting();
  if (LANG) event.waitUntil(caches.open(CACHE).then((c) => c.add(`/${LANG}/spec/all.json`)).catch(() => {}));
});
self.addEventListener('activate', (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('dockref-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  ),
);

// Keeps the cache bounded: the oldest entries go first (Cache keys keep insertion order).
async function trim() {
  const cache = await caches.open(CACHE);
  const keys = await cache.keys();
  // The whole-language slice file stays: offline checks cut slices from it.
  const trimmable = keys.filter((k) => !k.url.endsWith('/spec/all.json'));
  await Promise.all(trimmable.slice(0, Math.max(0, trimmable.length - MAX_ENTRIES)).map((k) => cache.delete(k)));
}

async function fromCache(request, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: !url.pathname.includes('/spec'), ignoreVary: true });
  if (hit) return hit;
  // A slice not fetched before: cut it from the cached whole-language file.
  const m = SLICE.exec(url.pathname);
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
          event.waitUntil(caches.open(CACHE).then((c) => c.put(request, copy)).then(trim));
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
