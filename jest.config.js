const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  // .ts first: Jest runs the TypeScript source, never the compiled .js that `npm run build` writes beside it.
  moduleFileExtensions: ['ts', 'js', 'html', 'json', 'node'],
  moduleNameMapper: {
    '^@salesforce/apex$': '<rootDir>/force-app/test/jest-mocks/apex',
    '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation',
    '^lightning/platformShowToastEvent$': '<rootDir>/force-app/test/jest-mocks/lightning/platformShowToastEvent',
    '^lightning/actions$': '<rootDir>/force-app/test/jest-mocks/lightning/actions',
    '^lightning/modal$': '<rootDir>/force-app/test/jest-mocks/lightning/modal',
    // The helpers the tests share (not a platform module).
    '^test-utils$': '<rootDir>/force-app/test/utils/lwcTestUtils'
  },
  setupFilesAfterEnv: ['<rootDir>/jest-sa11y-setup.js'],
  testPathIgnorePatterns: [
    '<rootDir>/node_modules/',
    '<rootDir>/.sfdx/',
    '<rootDir>/.converted/',
    '<rootDir>/scripts/'
  ],
  collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**'],
  coverageThreshold: {
    './force-app/main/default/lwc/offboardingCore/': { lines: 90 }
  },
  coverageReporters: ['text-summary', 'json-summary', 'lcov']
};
