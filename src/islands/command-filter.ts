// <command-filter>: narrows the command index as you type. The full list is plain HTML, so the
// page works without JavaScript; this element stays hidden until it can do its job.
class CommandFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const status = this.querySelector('.no-match');
    const noMatch = this.querySelector<HTMLTemplateElement>('template[data-no-match]')?.content.textContent ?? '';
    if (!input) return;
    this.hidden = false;
    const items = [...document.querySelectorAll<HTMLElement>('[data-command-item]')];
    const sections = [...document.querySelectorAll<HTMLElement>('.command-group')];
    input.addEventListener('input', () => {
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const item of items) {
        const text = item.dataset.searchText ?? '';
        const match = words.every((w) => text.includes(w));
        item.hidden = !match;
        if (match) shown++;
      }
      for (const section of sections) section.hidden = !section.querySelector('[data-command-item]:not([hidden])');
      if (status) status.textContent = shown === 0 ? noMatch : '';
    });
  }
}

if (!customElements.get('command-filter')) customElements.define('command-filter', CommandFilter);
