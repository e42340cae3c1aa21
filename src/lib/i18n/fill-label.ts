// Filling an island's UI string in the browser, apart from island.ts so that pages whose first
// islands fill nothing (every page's header) do not load it.

/** A UI string's `{name}` placeholders filled in the browser (no Korean particles: island strings have none). */
export function fillLabel(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
}
