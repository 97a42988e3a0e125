// Component and unit tests in real headless Chromium with the fake camera and microphone.
// Groups: `unit` (default, simulator-backed) and `sdk` (the real Vonage SDK, slow, offline).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.mjs';
import { heapPlugin } from './test/support/heap-plugin.mjs';
import { tokenEndpointMiddleware } from './test/support/token-endpoint-middleware.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2021' }), heapPlugin()],
  middleware: [tokenEndpointMiddleware],
  reporters: [defaultReporter(), ...(process.env.TEST_COUNTS_FILE ? [countReporter(process.env.TEST_COUNTS_FILE)] : [])],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs(), protocolTimeout: 120_000 },
    }),
  ],
  groups: [
    { name: 'unit', files: ['test/**/*.test.ts', '!test/sdk/**'] },
    { name: 'sdk', files: ['test/sdk/**/*.test.ts'], testFramework: { config: { timeout: 60_000 } } },
  ],
};
