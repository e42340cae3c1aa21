// <copy-button>: copies exactly the example's command (nothing else) and says so to screen readers.
// What it copies: its `data-copy-text` when the block's text is not the command itself (a console
// session's `$ ` lines without their prompt and output); otherwise the text of the code block
// beside it, without the flag tooltips that sit inside it. Its "copied" and "copy failed" words
// are the page's, in the `data-i18n` of `<html>` (a page has many buttons and one set of words),
// and one status region per page announces them. Hidden until this script runs, since without JavaScript it could not work.
import { writeClipboard } from './clipboard';
import { islandLabels } from '../lib/i18n/island';

/** The command a copy button copies. */
export function copyText(button: HTMLElement): string {
  if (button.dataset.copyText !== undefined) return button.dataset.copyText;
  const pre = button.parentElement?.querySelector('pre');
  if (!pre) return '';
  const clone = pre.cloneNode(true) as HTMLElement;
  for (const tip of clone.querySelectorAll('[role="tooltip"]')) tip.remove();
  return (clone.textContent ?? '').replace(/\n+$/, '');
}

let status: HTMLElement | undefined;
/** The page's one polite live region for copy results, made when the first button appears. */
function statusRegion(): HTMLElement {
  if (!status) {
    status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    document.body.append(status);
  }
  return status;
}

class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    this.hidden = false;
    const region = statusRegion();
    const label = button.textContent ?? '';
    const words = islandLabels<'copy-button'>(document.documentElement);
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      let message: string;
      try {
        await writeClipboard(copyText(this));
        message = words['copy.done'];
        this.dataset.copied = 'true';
      } catch {
        message = words['copy.failed'];
      }
      button.textContent = message;
      region.textContent = message;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = label;
        region.textContent = '';
        delete this.dataset.copied;
      }, 2000);
    });
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
