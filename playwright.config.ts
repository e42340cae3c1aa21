import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

// The specs import src/lib modules, and src/lib imports JSON files the way Vite and tsx allow,
// without `with { type: 'json' }`, which Node's ES module loader (Playwright's) refuses. Hand
// such an import to Node as a module whose default export is the parsed file. This config is
// loaded by the runner and by every worker before any spec, so the hook is in place for all.
registerHooks({
  load(url, context, nextLoad) {
    const esmImport = context.conditions?.includes('import') ?? false;
    if (esmImport && url.startsWith('file:') && url.endsWith('.json') && !url.includes('/node_modules/') && context.importAttributes?.type !== 'json') {
      const data: unknown = JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
      return { format: 'module', source: `export default ${JSON.stringify(data)};`, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

// Debian's Chromium where there is one (these machines cannot download Playwright's own build);
// elsewhere Playwright's browser, installed with `npx playwright install chromium`.
const debianChromium = '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4329);
// E2E_BASE_URL points the tests at a server that is already running (any static server of dist/).
const external = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: external ?? `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      // Without the networking flags Chromium keeps dialling Google services that the sandbox
      // refuses; nothing here may leave loopback.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // Serves the already-built site (scripts/test-all.sh builds it first).
  webServer: external
    ? undefined
    : {
        command: `ASTRO_TELEMETRY_DISABLED=1 astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
        url: `http://127.0.0.1:${PORT}/ko/`,
        reuseExistingServer: false,
        timeout: 60_000,
      },
});
