// Three test projects: fast unit tests beside the code, integration tests that run against a
// real Neo4j started once by tests/setup/global-neo4j.ts (or NEO4J_URI when set), and browser
// tests (tests/e2e) that drive Chromium against the real server, client and Neo4j.
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
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/global-neo4j.ts'],
          testTimeout: 60_000,
          // The first file may build the client (about 15 s) and each loads the seed.
          hookTimeout: 180_000,
          // One browser and one seeded server per file, one file at a time.
          fileParallelism: false,
          // After the unit and integration tests, so the browser does not compete with them.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
