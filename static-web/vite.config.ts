import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vitest/config';

/** The UI's JavaScript, gzipped, in all; a build that ships more fails. */
const scriptBudgetBytes = 100 * 1024;

function scriptBudget(): Plugin {
  return {
    name: 'script-budget',
    generateBundle(_options, bundle) {
      const total = Object.values(bundle).reduce((sum, output) => sum + (output.type === 'chunk' ? gzipSync(output.code).length : 0), 0);
      if (total > scriptBudgetBytes) {
        this.error(`The UI's JavaScript is ${(total / 1024).toFixed(1)} KB gzipped, over the budget of ${scriptBudgetBytes / 1024} KB.`);
      }
    },
  };
}

export default defineConfig({
  plugins: [scriptBudget()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline polyfill script: the CSP allows scripts from our own origin only.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
