// A TCP port free on the loopback interface right now, for a throw-away server or database
// (the benchmark's stack, the tests' Neo4j and servers). Another process may take it before it
// is used; callers start at once and report a taken port as any other start-up failure.
import net from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
