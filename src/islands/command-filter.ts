// <command-filter>: narrows a list as you type (the command index, the cheat sheet). The full
// list is plain HTML, so the page works without JavaScript; this element stays hidden until it
// can do its job. Items carry `data-search-text`; groups (`data-filter-group`, or the command
// index's `.command-group`) hide when none of their items is shown. Text is NFC-normalised and
// lower-cased on both sides, so Korean typed with decomposed jamo still matches.
const norm = (s: string) => s.normalize('NFC').toLowerCase();

class CommandFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const status = this.querySelector('.no-match');
    const noMatch = this.querySelector<HTMLTemplateElement>('template[data-no-match]')?.content.textContent ?? '';
    if (!input) return;
    this.hidden = false;
    const items = [...document.querySelectorAll<HTMLElement>('[data-command-item], [data-filter-item]')];
    const texts = new Map(items.map((i) => [i, norm(i.dataset.searchText ?? i.textContent ?? '')]));
    const sections = [...document.querySelectorAll<HTMLElement>('.command-group, [data-filter-group]')];
    const apply = () => {
      const words = norm(input.value).split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const item of items) {
        const text = texts.get(item) ?? '';
        const match = words.every((w) => text.includes(w));
        item.hidden = !match;
        if (match) shown++;
      }
      for (const section of sections) section.hidden = !section.querySelector('[data-command-item]:not([hidden]), [data-filter-item]:not([hidden])');
      if (status) status.textContent = shown === 0 ? noMatch : '';
    };
    input.addEventListener('input', apply);
    if (input.value) apply();
  }
}

if (!customElements.get('command-filter')) customElements.define('command-filter', CommandFilter);
