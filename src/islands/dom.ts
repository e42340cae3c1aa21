// Small DOM helpers for the islands. Everything a user typed or a message echoes is set as text,
// never parsed as HTML.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A message whose `code` spans (backticks) are shown as <code>, the rest as text. */
export function withCode(text: string): Array<Node | string> {
  const parts = text.split('`');
  return parts.map((p, i) => (i % 2 === 1 && i < parts.length - 1 ? el('code', {}, p) : i % 2 === 1 ? `\`${p}` : p));
}
