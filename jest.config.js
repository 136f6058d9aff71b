// Nest 12, PGlite, d3-array, otplib's plugins (@scure, @noble) and file-type with its tokenizers ship
// ESM; jest on Node 20 cannot load them itself, so swc turns them into CommonJS.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@electric-sql|otplib|@otplib|@scure|@noble|d3-array|internmap|file-type|strtok3|token-types|uint8array-extras|@tokenizer/inflate|@borewit/text-codec)/)',
  ],
  // In this order: a library's fixtures and test support, the end-to-end support, then a library.
  moduleNameMapper: {
    '^@greenchain/([a-z-]+)/(fixtures|test-support)/(.*)$': '<rootDir>/libs/$1/src/$2/$3',
    '^@greenchain/test/support/(.*)$': '<rootDir>/test/support/$1',
    '^@greenchain/(.*)$': '<rootDir>/libs/$1/src',
  },
  setupFiles: ['reflect-metadata'],
};

/**
 * Suites that create a database and start the application or worker context in their hooks: the
 * hooks share the tests' timeout (set per tier by a setup file), which has to cover both on a
 * loaded two-core machine, and an afterAll waits for a beforeAll that outlived its timeout, so
 * that it closes what that started.
 */
const startsApplications = (timeoutSetup) => ({
  setupFilesAfterEnv: [
    '<rootDir>/libs/testing/src/jest-setup/waiting-hooks.setup.ts',
    ...(timeoutSetup ? [`<rootDir>/libs/testing/src/jest-setup/${timeoutSetup}`] : []),
  ],
});

/** @type {import('jest').Config} */
module.exports = {
  // Test files run in a worker process that is replaced once it holds more than this after a file:
  // each file loads Nest, TypeORM and the app afresh, and one process running all ~150 of them
  // (jest runs in band on two cores otherwise) reached V8's 4 GB heap limit and aborted.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/architecture/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/admin/'],
    },
    {
      ...shared,
      ...startsApplications('integration-timeout.setup.ts'),
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    {
      ...shared,
      ...startsApplications('e2e-timeout.setup.ts'),
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/{e2e,embedded}/**/*.e2e-spec.ts'],
    },
    {
      ...shared,
      ...startsApplications(),
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      // Chromium profiles below a folder of the run, and every Chromium of the run killed after
      // it: one a failed suite left running kept jest from exiting until CI's time limit.
      globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/browser/support/global-teardown.ts',
    },
    {
      ...shared,
      ...startsApplications(),
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
    },
  ],
};
