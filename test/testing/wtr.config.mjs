import base from '../../web-test-runner.config.mjs';
export default { ...base, groups: [], files: ['test/testing/simulator.test.ts'] };
