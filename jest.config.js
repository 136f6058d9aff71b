// Nest 12, PGlite and otplib's plugins (@scure, @noble) ship ESM; jest on Node 20 cannot load
// them itself, so swc turns them into CommonJS.
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
    '/node_modules/(?!(@nestjs|@electric-sql|otplib|@otplib|@scure|@noble)/)',
  ],
  moduleNameMapper: { '^@greenchain/(.*)$': '<rootDir>/libs/$1/src' },
  setupFiles: ['reflect-metadata'],
};

/**
 * Suites that create a database and start the application or worker context in their hooks: the
 * hooks share the tests' timeout, which has to cover both on a loaded two-core machine, and an
 * afterAll waits for a beforeAll that outlived its timeout, so that it closes what that started.
 */
const startsApplications = {
  setupFilesAfterEnv: ['<rootDir>/libs/testing/src/waiting-hooks.setup.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/architecture/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/admin/'],
    },
    {
      ...shared,
      ...startsApplications,
      displayName: 'integration',
      testTimeout: 60_000,
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    {
      ...shared,
      ...startsApplications,
      displayName: 'e2e',
      testTimeout: 120_000,
      testMatch: ['<rootDir>/test/{e2e,embedded}/**/*.e2e-spec.ts'],
    },
    {
      ...shared,
      ...startsApplications,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
