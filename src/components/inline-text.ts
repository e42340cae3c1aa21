// Plain content text with `code` spans, as a function rather than a component: pages write it
// thousands of times (a description in every option row, every example's title), and a component
// instance costs Astro far more to render than the string it produces. The markup is built with
// Astro's own escaping, so it is byte for byte what the component wrote (compare-dist checks a build).
import { escapeHTML, markHTMLString } from 'astro/runtime/server/index.js';

/**
 * The catalog's notes and titles write commands and flags in backticks, shown as code (never as raw
 * backticks, never as HTML); a lone backtick stays as text. Use it as `{inlineText(text)}`.
 */
export function inlineText(text: string): ReturnType<typeof markHTMLString> {
  const parts = text.split('`');
  let html = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) html += escapeHTML(part);
    else if (i < parts.length - 1) html += `<code>${escapeHTML(part)}</code>`;
    else html += escapeHTML(`\`${part}`);
  }
  return markHTMLString(html);
}
