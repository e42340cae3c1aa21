// No import cycle in src/, at two levels. Files: each module's relative imports,
// type-only ones and re-exports (`export … from`) included, form a graph that a depth-first
// search walks for back edges. Units of src/lib (a folder such as `content/`, or a top-level file
// such as `routes.ts`): a file of one unit importing another unit makes an edge, so two folders
// that lean on each other through different files (or through a re-export) are a cycle too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|astro)$/.test(n) ? [resolve(p)] : [];
  });
}

/** Relative import targets of a module that are code (`import … from './x.ts'`, `export … from`, `import('./x')`). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    let target = resolve(dirname(file), m[1]!);
    if (/\.(json|css|ya?ml|mdx?)$/.test(target)) continue;
    if (!/\.(ts|astro)$/.test(target)) target = statSafe(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts');
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

/** The unit of a file under `root`: its first path segment (`content`, `routes.ts`). */
const unitOf = (root: string, file: string) => relative(root, file).split('/')[0]!;

/** Unit-level cycles, each with the file imports that make its edges. */
export function unitCycles(root: string, imports: Map<string, string[]>): string[] {
  const edges = new Map<string, Map<string, string[]>>();
  for (const [file, targets] of imports) {
    for (const target of targets) {
      const [from, to] = [unitOf(root, file), unitOf(root, target)];
      if (from === to || !target.startsWith(root)) continue;
      const byTarget = edges.get(from) ?? new Map<string, string[]>();
      edges.set(from, byTarget.set(to, [...(byTarget.get(to) ?? []), `${relative(root, file)} -> ${relative(root, target)}`]));
    }
  }
  const graph = new Map([...edges].map(([from, byTarget]) => [from, [...byTarget.keys()]]));
  return findCycles(graph).map((c) => `${c.join(' -> ')} (${c.slice(1).map((to, i) => edges.get(c[i]!)!.get(to)!.join(', ')).join('; ')})`);
}

describe('import cycles', () => {
  it('finds a planted cycle', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('finds a planted unit cycle made of files that do not form a file cycle', () => {
    const r = '/r';
    const imports = new Map([
      ['/r/a/x.ts', ['/r/b/y.ts']],
      ['/r/b/z.ts', ['/r/a/w.ts']],
      ['/r/top.ts', ['/r/a/x.ts']],
    ]);
    expect(findCycles(imports)).toEqual([]);
    expect(unitCycles(r, imports)).toEqual(['a -> b -> a (a/x.ts -> b/y.ts; b/z.ts -> a/w.ts)']);
  });

  it('reads re-exports and dynamic imports as imports, and skips data files', () => {
    const text = "export { A } from './a.ts';\nexport * from '../b/index.ts';\nconst c = await import('./c.ts');\nimport en from '../ui/en.json';";
    expect(importsOf('/r/x/m.ts', text)).toEqual(['/r/x/a.ts', '/r/b/index.ts', '/r/x/c.ts']);
  });

  const src = resolve('src');
  const lib = resolve('src/lib');
  const imports = new Map(files(src).map((f) => [f, importsOf(f, readFileSync(f, 'utf8')).filter((t) => t.startsWith(src))]));

  it('src/ has no file-level import cycle (.ts and .astro)', () => {
    const rel = (p: string) => relative(src, p);
    expect(findCycles(imports).map((c) => c.map(rel).join(' -> '))).toEqual([]);
  });

  it('the units of src/lib (its folders and top-level files) import each other without a cycle', () => {
    const inLib = new Map([...imports].filter(([f]) => f.startsWith(lib)).map(([f, ts]) => [f, ts.filter((t) => t.startsWith(lib))]));
    expect(unitCycles(lib, inLib)).toEqual([]);
  });
});
