// `npm run test:reliability`: every test under tests/reliability, the fast ones (*.int.test.ts,
// which `npm test` also runs) and the long ones (*.long.test.ts: load, faults, the 50 MB file),
// against one real Neo4j started by tests/setup/global-neo4j.ts. Kept out of vitest.config.ts
// because a plain `vitest run` runs every project there.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'reliability',
    include: ['tests/reliability/**/*.int.test.ts', 'tests/reliability/**/*.long.test.ts'],
    globalSetup: ['tests/setup/global-neo4j.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // One Neo4j for all files; files run one at a time so their data never meets.
    fileParallelism: false,
  },
});
