// The header's link to the same page in the other language keeps the query (?q=, ?cmd=) and the
// anchor as they are now. Without JavaScript the link still goes to the same path.
const a = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
if (a) {
  const path = a.getAttribute('href') ?? '';
  const sync = () => a.setAttribute('href', path + location.search + location.hash);
  sync();
  addEventListener('hashchange', sync);
  addEventListener('popstate', sync);
  for (const type of ['focus', 'pointerdown', 'click']) a.addEventListener(type, sync);
}
