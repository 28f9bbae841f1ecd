import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vitest/config';
import { bankOrigins, configWithBanks } from './scripts/bank-form-actions.ts';

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

/** The banks' origins (PORTAL_BANK_FORM_ACTIONS) into the built staticwebapp.config.json's form-action; a wrong value fails the build. */
function bankFormActions(): Plugin {
  let origins: string[] = [];
  return {
    name: 'bank-form-actions',
    apply: 'build',
    buildStart() {
      try {
        origins = bankOrigins(process.env.PORTAL_BANK_FORM_ACTIONS);
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'staticwebapp.config.json');
      writeFileSync(file, configWithBanks(readFileSync(file, 'utf8'), origins));
      if (origins.length > 0) this.info(`form-action also lets forms go to ${origins.join(' ')}`);
    },
  };
}

export default defineConfig({
  plugins: [scriptBudget(), bankFormActions()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline polyfill script: the CSP allows scripts from our own origin only.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
