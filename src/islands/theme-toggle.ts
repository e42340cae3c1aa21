// <theme-toggle>: goes round "same as the system" -> the other scheme -> the system's scheme -> back
// (on a dark system: light, then dark; on a light one: dark, then light), and remembers the
// choice (nothing saved means the system's). The inline script in Base.astro applies a saved
// choice before the first paint; this only handles clicks. The button's accessible name says the
// current state, in the page's language (its data-i18n, from ThemeToggle.astro).
import { islandLabels } from '../lib/i18n/island';
import { THEME_STATES as STATES } from '../lib/i18n/island-keys';

const KEY = 'dockref-theme';
type State = (typeof STATES)[number];

function savedState(): State {
  const set = document.documentElement.dataset.theme;
  return set === 'light' || set === 'dark' ? set : 'system';
}

function save(state: State) {
  try {
    if (state === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, state);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    this.hidden = false;
    const L = islandLabels<'theme-toggle'>(this);
    const sync = () => {
      const state = savedState();
      const label = L[`theme.${state}`];
      button.setAttribute('aria-label', label);
      button.title = label;
      this.dataset.state = state;
      for (const icon of this.querySelectorAll<SVGElement>('[data-icon]')) {
        if (icon.dataset.icon === state) icon.removeAttribute('hidden');
        else icon.setAttribute('hidden', '');
      }
    };
    sync();
    button.addEventListener('click', () => {
      // The first click always changes what is seen: from "same as the system" it goes
      // to the other scheme, then to the system's own, then back to following the system.
      const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
      const order: readonly State[] = systemDark ? STATES : ['system', 'dark', 'light'];
      const next = order[(order.indexOf(savedState()) + 1) % order.length]!;
      if (next === 'system') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = next;
      save(next);
      sync();
    });
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
