import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'adapters/**/*.test.ts', 'apps/**/*.test.ts', 'test/**/*.test.ts'],
    // Property-based and CLI tests spawn work; keep the 2-core CI machine from thrashing.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
