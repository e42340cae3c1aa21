// Module scripts a page loads only when they are needed (page weight): a component's script waits,
// unrun, in a `<template data-defer="Component" data-load="view">` (moved there after the build by
// src/lib/defer-script.ts). `view`: the template's parent (shown first if it is hidden until
// scripts run) loads the script when it comes within 200 px of the viewport or gets focus. The
// script is added as a script element rather than import(), which keeps Vite's preload helper out
// of the first load. In `astro dev` nothing moves the scripts into their templates: they run at once.

function add(t: HTMLTemplateElement): void {
  const src = t.content.querySelector('script[src]')?.getAttribute('src');
  if (!src || t.dataset.added) return;
  t.dataset.added = '';
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}

for (const t of document.querySelectorAll<HTMLTemplateElement>('template[data-defer][data-load="view"]')) {
  const host = t.parentElement;
  if (!host) continue;
  if (host.hasAttribute('data-js-only')) host.hidden = false;
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      add(t);
    },
    { rootMargin: '200px' },
  );
  io.observe(host);
  host.addEventListener('focusin', () => add(t), { once: true });
}
