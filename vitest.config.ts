/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets tests compile .astro components (the SVG snapshot tests render them with
// Astro's container API); pure-logic tests are unaffected.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/snapshots/**/*.test.ts'],
    environment: 'node',
    // Charts and dates are drawn in UTC; pinning the zone keeps snapshots identical everywhere.
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
