import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/snapshots/**/*.test.ts'],
    environment: 'node',
    // Charts and dates are drawn in UTC; pinning the zone keeps snapshots identical everywhere.
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
