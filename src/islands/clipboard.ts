// Small browser helpers shared by the islands.
// Writes text to the clipboard: the async API where the page is a secure context, else a hidden
// textarea and execCommand (plain-http hosts other than localhost).
export async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy command was refused');
}

/**
 * Registers the service worker (public/sw.js) for this language and hands it what the page has
 * loaded, so the page works offline once loaded (issue 14).
 */
export function keepOffline(lang: string): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(`/sw.js?lang=${lang}`)
    .then(() => navigator.serviceWorker.ready)
    .then((reg) => {
      const loaded = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(location.origin));
      reg.active?.postMessage({ cache: [location.pathname, ...loaded] });
    })
    .catch(() => {});
}
