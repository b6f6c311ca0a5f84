// A real driver that also remembers every Cypher statement sent through it, so tests can
// snapshot what @neo4j/graphql generates (as the library's own "tck" tests do), and how each ran:
// as an auto-commit `session.run` or in a managed read or write transaction, and in which
// access mode the session was opened.
import type { Driver, Session, SessionConfig, ManagedTransaction } from 'neo4j-driver';

export interface RecordedRun {
  statement: string;
  via: 'auto-commit' | 'executeRead' | 'executeWrite';
  /** The session's default access mode ('READ' or 'WRITE'). */
  mode: string;
}

export interface RecordingDriver {
  driver: Driver;
  statements: string[];
  runs: RecordedRun[];
}

function recordingTx(
  tx: ManagedTransaction,
  record: (statement: string) => void,
): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === 'run') {
        return (query: string, ...rest: unknown[]) => {
          record(query);
          return (target.run as (...args: unknown[]) => unknown)(query, ...rest);
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

function recordingSession(
  session: Session,
  mode: string,
  recorder: Omit<RecordingDriver, 'driver'>,
): Session {
  const record = (statement: string, via: RecordedRun['via']) => {
    recorder.statements.push(statement);
    recorder.runs.push({ statement, via, mode });
  };
  return new Proxy(session, {
    get(target, prop, receiver) {
      if (prop === 'run') {
        return (query: string, ...rest: unknown[]) => {
          record(query, 'auto-commit');
          return (target.run as (...args: unknown[]) => unknown)(query, ...rest);
        };
      }
      if (prop === 'executeRead' || prop === 'executeWrite') {
        const method = target[prop].bind(target) as (
          work: (tx: ManagedTransaction) => unknown,
          config?: unknown,
        ) => unknown;
        return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
          method((tx) => work(recordingTx(tx, (statement) => record(statement, prop))), config);
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

export function recordingDriver(driver: Driver): RecordingDriver {
  const recorder = { statements: [] as string[], runs: [] as RecordedRun[] };
  const proxy = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (config?: SessionConfig) =>
          recordingSession(target.session(config), config?.defaultAccessMode ?? 'WRITE', recorder);
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  return { driver: proxy, ...recorder };
}
