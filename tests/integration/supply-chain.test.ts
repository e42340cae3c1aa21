// Supply chain: package-lock.json must agree with package.json, or a fresh
// `npm install` rewrites it and leaves the work tree dirty; and the Node binary that the `node`
// devDependency installs must be the one pinned (with its integrity) in the lock.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

describe('package-lock.json', () => {
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    it(`records package.json's ${field} exactly as written`, () => {
      expect(lock.packages[''][field] ?? {}).toEqual(pkg[field] ?? {});
    });
  }

  it('says whether the project has an install script, as npm would write it', () => {
    const has = ['preinstall', 'install', 'postinstall'].some((s) => s in (pkg.scripts ?? {}));
    expect(lock.packages[''].hasInstallScript ?? false).toBe(has);
  });

  it('pins every dependency with an exact version (no ranges to drift)', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies } as Record<string, string>;
    // An alias (`npm:typescript@6.0.3`) is pinned when its version is exact.
    expect(Object.entries(all).filter(([, v]) => !/^(npm:(@[\w.-]+\/)?[\w.-]+@)?\d+\.\d+\.\d+$/.test(v))).toEqual([]);
  });

  it('has an integrity hash for every package it installs', () => {
    const missing = Object.entries(lock.packages as Record<string, { integrity?: string; link?: boolean }>)
      .filter(([path, entry]) => path !== '' && !entry.link && !/^sha512-/.test(entry.integrity ?? ''))
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });
});

describe('the Node binary', () => {
  it('comes from the platform package pinned in the lock (scripts/verify-node.mjs)', () => {
    const out = execFileSync(process.execPath, ['scripts/verify-node.mjs'], { encoding: 'utf8' });
    expect(out).toMatch(/sha512-pinned/);
  });
});
