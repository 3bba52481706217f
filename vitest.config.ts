import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { liveStoryServer } from './tests/setup/live-server.js';
import { staticData } from './tests/setup/static-data.js';

// Vitest mutates the browser config it is given, so every project gets a fresh one.
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          env: { TZ: 'America/New_York' },
          // A hang guard, not a speed test: property tests run long on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        // Whole pages (examples, CSP) served statically and driven by playwright-core from Node.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [liveStoryServer(), staticData()],
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['tests/setup/console-guard.ts'],
          browser: chromiumBrowser(),
          testTimeout: 30_000,
        },
        optimizeDeps: {
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directives/class-map.js',
            'lit/directives/style-map.js',
            'lit/directives/repeat.js',
            'axe-core',
          ],
        },
      },
      {
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'stories',
          setupFiles: ['tests/setup/console-guard.ts'],
          browser: chromiumBrowser(),
          testTimeout: 30_000,
        },
      },
    ],
  },
});
