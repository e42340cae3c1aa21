// <copy-button data-copy-text="...">: copies exactly its text (the command, nothing else) and
// says so to screen readers. Hidden until this script runs, since without JavaScript it could not work.
import { writeClipboard } from './clipboard';

class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!button) return;
    this.hidden = false;
    const label = button.textContent ?? '';
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      const text = this.dataset.copyText ?? '';
      let message: string;
      try {
        await writeClipboard(text);
        message = this.dataset.labelDone ?? 'Copied';
        this.dataset.copied = 'true';
      } catch {
        message = this.dataset.labelFailed ?? 'Copy failed';
      }
      button.textContent = message;
      if (status) status.textContent = message;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = label;
        if (status) status.textContent = '';
        delete this.dataset.copied;
      }, 2000);
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
