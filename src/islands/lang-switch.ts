// The header's links to the same page in the other languages keep the query (?q=, ?cmd=) and the
// anchor as they are now. Without JavaScript the links still go to the same path.
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  const path = a.getAttribute('href') ?? '';
  const sync = () => a.setAttribute('href', path + location.search + location.hash);
  sync();
  addEventListener('hashchange', sync);
  addEventListener('popstate', sync);
  for (const type of ['focus', 'pointerdown', 'click']) a.addEventListener(type, sync);
}
