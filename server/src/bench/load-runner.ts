// Runs in its own process (started by load-test.ts): fires autocannon at the API and records every
// response's latency, so the exact p95 can be reported (autocannon's summary stops at p90/p97.5).
import autocannon from 'autocannon';
import { summarise } from './measure.js';

interface RunnerOptions {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as RunnerOptions;
const latencies: number[] = [];
const instance = autocannon(
  {
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: options.body,
    connections: options.connections,
    duration: options.seconds,
  },
  (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    const t = summarise(latencies);
    process.stdout.write(
      JSON.stringify({
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        seconds: result.duration,
        p50: t.p50,
        p95: t.p95,
        p99: Math.round(result.latency.p99 * 100) / 100,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      }),
    );
  },
);
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
