// Checks a TCP port before anything slow starts, so a clash is reported in a second, not after Neo4j boots.
import net from 'node:net';
import { StartupError } from '../errors.js';

/** Resolves when `host:port` can be bound; otherwise throws PORT_IN_USE naming the variable to change. */
export async function assertPortFree(port: number, host: string, variable: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          'PORT_IN_USE',
          `Port ${host}:${port} is already in use (${error.code}).`,
          `Stop the program that uses it (a second \`npm start\`?) or set ${variable} to a free port.`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
