import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/judge/**/*.test.ts'],
    testTimeout: 60_000,
    // Worker threads that keep loaded modules from one test file to the next: the CLI spec, the
    // content and the validator are imported once per worker instead of once per file, which
    // takes the run from about 35 to about 15 CPU seconds. So a test here must leave shared state
    // as it found it: no vi.mock of a module others import, no changed globals, environment or
    // working directory (none does today; such a test belongs in tests/integration).
    pool: 'threads',
    isolate: false,
  },
});
