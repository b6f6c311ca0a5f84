// A real driver that also remembers every Cypher statement sent through it, so tests can
// snapshot what @neo4j/graphql generates (as the library's own "tck" tests do).
import type { Driver, Session, ManagedTransaction } from 'neo4j-driver';

export interface RecordingDriver {
  driver: Driver;
  statements: string[];
}

function recordingTx(tx: ManagedTransaction, statements: string[]): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === 'run') {
        return (query: string, ...rest: unknown[]) => {
          statements.push(query);
          return (target.run as (...args: unknown[]) => unknown)(query, ...rest);
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

function recordingSession(session: Session, statements: string[]): Session {
  return new Proxy(session, {
    get(target, prop, receiver) {
      if (prop === 'run') {
        return (query: string, ...rest: unknown[]) => {
          statements.push(query);
          return (target.run as (...args: unknown[]) => unknown)(query, ...rest);
        };
      }
      if (prop === 'executeRead' || prop === 'executeWrite') {
        const method = target[prop].bind(target) as (
          work: (tx: ManagedTransaction) => unknown,
          config?: unknown,
        ) => unknown;
        return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
          method((tx) => work(recordingTx(tx, statements)), config);
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

export function recordingDriver(driver: Driver): RecordingDriver {
  const statements: string[] = [];
  const proxy = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (...args: unknown[]) =>
          recordingSession((target.session as (...a: unknown[]) => Session)(...args), statements);
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  return { driver: proxy, statements };
}
