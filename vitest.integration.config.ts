// `npm run test:integration`: tests that build the site, spawn the project's command-line tools or
// run a nested Vitest, in copies of the project where they change files. Kept out of the unit
// suite so `npm run test:unit` stays quick.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
