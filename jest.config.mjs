/** Unit tests need no database; integration tests boot Payload on in-memory SQLite (or MongoDB when asked). */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.mjs',
  },
  setupFiles: ['<rootDir>/tests/setupEnv.mjs'],
}

export default {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.unit.test.ts'] },
    { ...common, displayName: 'int', testMatch: ['<rootDir>/tests/int/**/*.int.test.ts'] },
    // Browser tests against a production build and server that the global setup starts (tests/e2e/setup.ts).
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      setupFiles: [],
      globalSetup: '<rootDir>/tests/e2e/setup.ts',
      globalTeardown: '<rootDir>/tests/e2e/teardown.ts',
    },
  ],
}
