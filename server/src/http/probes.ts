// /healthz says the process is alive; /readyz says the database answers and the schema is applied,
// so a load balancer (or a person) can tell "up" from "able to serve".
import type { RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';

export interface ReadinessState {
  schemaApplied: boolean;
  seedLoaded: boolean;
}

export function createProbes(driver: Driver, database: string | undefined, state: ReadinessState) {
  const health: RequestHandler = (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  };
  const ready: RequestHandler = async (_req, res) => {
    let databaseStatus: 'reachable' | 'unreachable' = 'reachable';
    let error: string | undefined;
    // A plain session, not executeQuery: the probe must answer now, not after the driver's retries.
    const session = driver.session({ database });
    try {
      await session.run('RETURN 1', {}, { timeout: 2000 });
    } catch (e) {
      databaseStatus = 'unreachable';
      error = e instanceof Error ? e.message : String(e);
    } finally {
      await session.close();
    }
    const isReady = databaseStatus === 'reachable' && state.schemaApplied;
    res.status(isReady ? 200 : 503).json({
      status: isReady ? 'ready' : 'not-ready',
      database: databaseStatus,
      schema: state.schemaApplied ? 'applied' : 'pending',
      seed: state.seedLoaded ? 'loaded' : 'pending',
      ...(error ? { error } : {}),
    });
  };
  return { health, ready };
}
