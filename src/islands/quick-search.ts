// <quick-search>: the header's search box. This part is all a page loads at first:
// `/` and Ctrl/Cmd+K focus the box, and the first focus or keystroke in it loads the part that
// searches (./quick-search-ui.ts, which then fetches the index and MiniSearch). That part's module
// script waits, unrun, in the element's <template>; adding it as a script element (rather than
// import()) keeps Vite's preload helper out of every page's first load. Until then, and without
// JavaScript, the box is a plain form that submits to the search page.

function editable(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

class QuickSearch extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    // In `astro dev` the script is not in the template (nothing moves it there): it runs at once.
    const src = this.querySelector('template')?.content.querySelector('script[src]')?.getAttribute('src');
    let loading = false;
    const load = () => {
      if (loading || !src) return;
      loading = true;
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      // Offline or failed: the form still submits; try again on the next focus.
      script.addEventListener('error', () => {
        script.remove();
        loading = false;
      });
      document.head.append(script);
    };
    input.addEventListener('focus', load);
    input.addEventListener('input', load);
    document.addEventListener('keydown', (e) => {
      const k = e.key.toLowerCase();
      if ((k === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !editable(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }
}

if (!customElements.get('quick-search')) customElements.define('quick-search', QuickSearch);
