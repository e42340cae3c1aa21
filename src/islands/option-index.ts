// A long option table's compact index on a command page (OptionIndex.astro): the full table, from
// the options page, replaces it when it comes within 400 px of the viewport or when the address asks
// for one of its rows (`#flag-restart`, on load or later), and the page then scrolls to that row.
// Offline or on an error the index stays, and its links lead to the options page.
const boxes = [...document.querySelectorAll<HTMLElement>('[data-option-index]')];
const asked = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  return id !== '' && boxes.some((b) => b.isConnected && b.querySelector(`[id="${CSS.escape(id)}"]`));
};
let started = false;
const load = () => {
  if (started || !boxes[0]) return;
  started = true;
  io.disconnect();
  fetch(boxes[0].dataset.optionIndex ?? '')
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
    .then((html) => {
      const tables = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('[data-options-full] .table-scroll');
      boxes.forEach((b, i) => {
        const t = tables[i];
        if (t) b.replaceWith(document.importNode(t, true));
      });
      // Land on the row the address names, as a plain page load would have.
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target && target.closest('.table-scroll')) location.replace(location.hash);
    })
    .catch(() => {
      started = false;
    });
};
const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '400px' });
for (const b of boxes) io.observe(b);
if (asked()) load();
addEventListener('hashchange', () => asked() && load());
