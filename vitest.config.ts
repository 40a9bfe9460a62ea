import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Rendering a full card takes ~1 s on a cold 2-core machine; the CLI tests spawn processes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
