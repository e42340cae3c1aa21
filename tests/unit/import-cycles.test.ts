// No import cycle anywhere in src/lib (issue #8): each module's relative imports, type-only ones
// included, form a graph that a depth-first search walks for back edges.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) ? [resolve(p)] : [];
  });
}

/** Relative import targets of a module (`import … from './x.ts'`, `export … from`, `import('./x')`). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    let target = resolve(dirname(file), m[1]!);
    if (!/\.ts$/.test(target)) target = statSafe(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts');
    out.push(target);
  }
  return out;
}
const statSafe = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'visiting');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'visiting') cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return cycles;
}

it('finds a planted cycle', () => {
  expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
});

it('src/lib has no import cycle', () => {
  const root = resolve('src/lib');
  const graph = new Map(files(root).map((f) => [f, importsOf(f, readFileSync(f, 'utf8')).filter((t) => t.startsWith(root))]));
  const rel = (p: string) => p.slice(root.length + 1);
  expect(findCycles(graph).map((c) => c.map(rel).join(' -> '))).toEqual([]);
});
