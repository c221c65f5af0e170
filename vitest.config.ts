import { defineConfig } from 'vitest/config';

// Unit tests (shared/, cli/) run in Node; renderer tests opt into jsdom-free fake-indexeddb themselves.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
