// `npm run test:robust`: the fuzz and scaling suite (tests/robust). Kept apart from
// the unit tests because it times things; one file at a time so the timings do not compete.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/robust/**/*.test.ts'],
    testTimeout: 60_000,
    fileParallelism: false,
    // The timings start from a collected heap (tests/robust/scaling.ts calls gc()).
    execArgv: ['--expose-gc'],
  },
});
