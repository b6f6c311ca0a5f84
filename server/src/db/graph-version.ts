// The graph's version, for the read cache (http/read-cache.ts) and the analysis's linkMentions:
// the bookmark of a trivial READ transaction, which on Neo4j 5 names the database's last
// committed transaction, so it changes after any write from any driver or process (the importer
// CLI, a restore, another server).
// `SHOW DATABASES ... lastCommittedTxn` would say the same but is null on Community.
//
// A request that arrives at time T may only use a version from a check that *started* after T:
// a write acknowledged before the request was sent is then always seen. Checks are coalesced: at
// most one runs and one waits; every request arriving while one runs shares the waiting one,
// which starts as soon as the running one ends. Under load that is one round trip to Neo4j per
// round of requests instead of one per request.
import neo4j, { type Driver } from 'neo4j-driver';

export interface GraphVersion {
  /** A version from a check that starts after this call; rejects when the check fails. */
  current(): Promise<string>;
}

/** Coalesces calls to `check` as described above (separate from Neo4j so it can be unit tested). */
export function coalescedVersion(check: () => Promise<string>): GraphVersion {
  let running: Promise<string> | undefined;
  let waiting: Promise<string> | undefined;
  const start = (): Promise<string> => {
    const p: Promise<string> = check().finally(() => {
      if (running === p) running = undefined;
    });
    running = p;
    return p;
  };
  return {
    current() {
      if (!running) return start();
      // The running check may have started before this request arrived: wait for the next one.
      waiting ??= running
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          waiting = undefined;
          return start();
        });
      return waiting;
    },
  };
}

/** Reads the version from Neo4j; a check that takes longer than `timeoutMs` fails. */
export function neo4jGraphVersion(
  driver: Driver,
  database: string | undefined,
  timeoutMs = 2000,
): GraphVersion {
  return coalescedVersion(async () => {
    const session = driver.session({
      database,
      defaultAccessMode: neo4j.session.READ,
      // The bookmarks the views read with, so on a cluster the check waits for the same writes.
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const run = session.run('RETURN 1', {}, { timeout: timeoutMs });
      await Promise.race([
        run,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error('the graph version check timed out')),
            timeoutMs,
          );
        }),
      ]);
      const bookmarks = session.lastBookmarks();
      if (bookmarks.length === 0) throw new Error('Neo4j returned no bookmark');
      return bookmarks.join(' ');
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  });
}
