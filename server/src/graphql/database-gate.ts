// Once a request has found the database not answering, the next ones are told so at once
// (SERVICE_UNAVAILABLE) instead of each waiting on the driver's timeouts and retries, until a
// probe in the background finds it answering again. Parsing and validation still run first, so a
// bad request is told what is wrong with it whatever the state of the database.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

export interface DatabaseGateOptions {
  /** Resolves when the database answers a trivial query; rejects (or hangs) when it does not. */
  probe: () => Promise<void>;
  /** Time between probes while the database is down. */
  intervalMs?: number;
  /** A probe that has not answered by then counts as failed. */
  probeTimeoutMs?: number;
}

export interface DatabaseGate {
  /** False from a reported failure until a probe succeeds. */
  readonly open: boolean;
  /** Call when a request failed because the database did not answer. */
  reportUnavailable(): void;
  /** The Apollo plugin that refuses operations while the gate is shut. */
  plugin<T extends object>(): ApolloServerPlugin<T>;
  close(): void;
}

export const UNAVAILABLE_MESSAGE =
  'The database is not reachable right now. Nothing was changed; try again in a moment.';

export function createDatabaseGate(options: DatabaseGateOptions): DatabaseGate {
  const intervalMs = options.intervalMs ?? 1000;
  const probeTimeoutMs = options.probeTimeoutMs ?? 3000;
  let open = true;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const probeOnce = (): Promise<boolean> =>
    new Promise((resolve) => {
      const giveUp = setTimeout(() => resolve(false), probeTimeoutMs);
      options.probe().then(
        () => {
          clearTimeout(giveUp);
          resolve(true);
        },
        () => {
          clearTimeout(giveUp);
          resolve(false);
        },
      );
    });

  const schedule = (): void => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      void probeOnce().then((answered) => {
        timer = undefined;
        if (answered) open = true;
        else schedule();
      });
    }, intervalMs);
    timer.unref();
  };

  const gate: DatabaseGate = {
    get open() {
      return open;
    },
    reportUnavailable() {
      open = false;
      schedule();
    },
    plugin() {
      return {
        async requestDidStart() {
          return {
            async didResolveOperation() {
              if (open) return;
              throw new GraphQLError(UNAVAILABLE_MESSAGE, {
                // The same answer a request gets when the driver gives up: 200 with the code.
                extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 200 } },
              });
            },
          };
        },
        async serverWillStart() {
          return {
            async serverWillStop() {
              gate.close();
            },
          };
        },
      };
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
  return gate;
}
