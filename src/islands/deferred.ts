// Module scripts a page loads only when they are needed (page weight): a component's script waits,
// unrun, in a `<template data-defer="Component" data-load="view|focus">` (moved there after the
// build by src/lib/defer-script.ts). Its host (the template's parent) is shown first when it is
// hidden until scripts run (`data-js-only`). `view`: the script loads when the host comes within
// 200 px of the viewport, or at once when the host has `data-anchors` (an id prefix) and the address
// names an id with that prefix that the page lacks (InPlace.astro); both: when the host gets focus or
// a pointer. Added as a script element
// rather than import(), which keeps Vite's preload helper out of the first load. In `astro dev`
// nothing moves the scripts into their templates: they run at once.
for (const t of document.querySelectorAll<HTMLTemplateElement>('template[data-defer][data-load]')) {
  const host = t.parentElement!;
  if (host.hasAttribute('data-js-only')) host.hidden = false;
  const add = () => {
    io.disconnect();
    // A component used twice on a page has its script in the first of its templates only.
    const src = document.querySelector<HTMLTemplateElement>(`template[data-defer="${t.dataset.defer}"]`)?.content.querySelector('script')?.getAttribute('src');
    if (!src || t.dataset.added !== undefined) return;
    t.dataset.added = '';
    const s = document.createElement('script');
    s.type = 'module';
    s.src = src;
    document.head.append(s);
  };
  const io = new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && add(), { rootMargin: '200px' });
  if (t.dataset.load === 'view') io.observe(host);
  const prefix = host.dataset.anchors;
  if (prefix) {
    const asked = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (id.startsWith(prefix) && !document.getElementById(id)) add();
    };
    asked();
    addEventListener('hashchange', asked);
  }
  host.addEventListener('focusin', add, { once: true });
  host.addEventListener('pointerdown', add, { once: true });
}
