import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  staticDirs: [{ from: '../src/data/static', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A relative base lets the static build open from any folder of any static server.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    base: './',
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
      ],
    },
  }),
};
export default config;
