import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time so Chromium and Firefox do not fight over two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
