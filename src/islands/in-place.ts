// Parts of a command page that live on a page of their own (page weight): a long option table and
// the removed options (`/{lang}/commands/NAME/options/`), the examples beyond the first few
// (`/{lang}/commands/NAME/examples/`). In the command page each part is a placeholder
// `<div data-in-place="URL" data-part="NAME" data-anchors="PREFIX">` holding a link to that page;
// the part is the element `[data-part="NAME"]` of the page at URL. This loads the part in the
// placeholder's place when it comes within 600 px of the viewport, or at once when the address
// names an id the page lacks that starts with the placeholder's prefix (`#flag-env`,
// `#example-12`: on load or later), and then lands on that id as a plain page load would. Each
// page is fetched once for all its parts. Offline or on an error the placeholder stays, with its
// link. This module itself waits in a template until a placeholder nears the viewport or the
// address asks (InPlace.astro, src/islands/deferred.ts).
const docs: Record<string, Promise<Document>> = {};
const load = (box: HTMLElement) => {
  const url = box.dataset.inPlace!;
  if (box.dataset.loading !== undefined) return;
  box.dataset.loading = '';
  io.unobserve(box);
  (docs[url] ??= fetch(url)
    .then((r) => (r.ok ? r.text() : Promise.reject()))
    .then((html) => new DOMParser().parseFromString(html, 'text/html')))
    .then((doc) => {
      const part = document.importNode(doc.querySelector(`[data-part="${box.dataset.part}"]`)!, true);
      box.replaceWith(part);
      // Land on the id the address names when it came with the part, as a plain page load would have.
      if (part.querySelector(`[id="${CSS.escape(decodeURIComponent(location.hash.slice(1)))}"]`)) location.replace(location.hash);
    })
    .catch(() => {
      delete docs[url];
      delete box.dataset.loading;
    });
};
const io = new IntersectionObserver((es) => es.forEach((e) => e.isIntersecting && load(e.target as HTMLElement)), { rootMargin: '600px' });
const boxes = document.querySelectorAll<HTMLElement>('[data-in-place]');
boxes.forEach((b) => io.observe(b));
const asked = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id && !document.getElementById(id)) boxes.forEach((b) => b.isConnected && id.startsWith(b.dataset.anchors!) && load(b));
};
asked();
addEventListener('hashchange', asked);
