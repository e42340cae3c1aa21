// Offline once loaded: the service worker in public/sw.js.
import { LOCALES } from '../lib/i18n/locales';
/**
 * Registers the service worker (public/sw.js) for this language and hands it what the page has
 * loaded, so the page works offline once loaded.
 */
export function keepOffline(lang: string): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(`/sw.js?lang=${lang}&locales=${LOCALES.join(',')}`)
    .then(() => navigator.serviceWorker.ready)
    .then((reg) => {
      const loaded = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(location.origin));
      reg.active?.postMessage({ cache: [location.pathname, ...loaded] });
    })
    .catch(() => {});
}
