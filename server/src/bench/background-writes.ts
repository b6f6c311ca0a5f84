// Writes made beside a load test, as planners setting statuses or an import would make them
// while partners read. Each commits a change to a marker node the product never reads: that moves
// the graph version (db/graph-version.ts) and so makes every cached read answer stale
// (http/read-cache.ts), as any real write does, from this process or another.
import type { Driver } from 'neo4j-driver';

/** The write: one property on one marker node. */
export const MARKER_WRITE = 'MERGE (m:BenchMarker {key: "bench"}) SET m.at = timestamp()';

export interface BackgroundWrites {
  /** Stops writing, waits for a write under way, and says how many committed and failed. */
  stop(): Promise<{ writes: number; failed: number }>;
}

/** Starts `perSecond` writes a second until stopped; a slow write is skipped, not queued behind. */
export function startWrites(
  driver: Driver,
  perSecond: number,
  options: { database?: string | undefined } = {},
): BackgroundWrites {
  if (!(perSecond > 0)) throw new Error(`writes a second must be above 0, not ${perSecond}`);
  let writes = 0;
  let failed = 0;
  let running: Promise<void> | undefined;
  const write = () => {
    if (running) return;
    running = driver
      .executeQuery(MARKER_WRITE, {}, { database: options.database })
      .then(
        () => void (writes += 1),
        () => void (failed += 1),
      )
      .finally(() => (running = undefined));
  };
  const timer = setInterval(write, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      return { writes, failed };
    },
  };
}
