// Two test projects: fast unit tests beside the code, and integration tests that run
// against a real Neo4j started once by tests/setup/global-neo4j.ts (or NEO4J_URI when set).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'client/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          globalSetup: ['tests/setup/global-neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Neo4j for all files; files run one at a time so their data never meets.
          fileParallelism: false,
        },
      },
    ],
  },
});
