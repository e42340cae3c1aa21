// `astro check` for this project: type-checks every .astro file (and the .ts files beside them)
// with Astro's language server, prints each problem as `file:line:col`, and exits 1 on any error.
//
// Why not the `@astrojs/check` package: it loads `require('typescript')`, and this project's
// `typescript` is 7 (the native compiler), which ships no JavaScript compiler API, so the checker
// cannot run on it (its peer range is ^5 || ^6 and npm refuses to install it beside 7). This does
// what @astrojs/check's `check()` does, with the same `AstroCheck` class from
// `@astrojs/language-server`, and hands it TypeScript 6 (installed as the alias `typescript-6`);
// a resolve hook sends the `require('typescript')` inside `@volar/kit` there too.
// `tsc` (TypeScript 7) still checks the .ts files; this adds the .astro files.
import { createRequire, registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve: (specifier, context, next) => next(specifier === 'typescript' ? 'typescript-6' : specifier, context),
});
const { AstroCheck } = await import('@astrojs/language-server');

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const checker = new AstroCheck(root, require.resolve('typescript-6'), 'tsconfig.json');
const result = await checker.lint({ logErrors: { level: 'warning' } });
const n = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
console.log(`astro check: ${n(result.fileChecked, 'file')} checked, ${n(result.errors, 'error')}, ${n(result.warnings, 'warning')}, ${n(result.hints, 'hint')}`);
process.exitCode = result.errors > 0 ? 1 : 0;
