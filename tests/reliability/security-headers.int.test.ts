// Security headers and CORS as a browser sees them: a strict Content-Security-Policy on the page,
// the usual helmet headers everywhere, and cross-site calls only from the configured origins.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import zlib from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { TEST_JWT_SECRET } from '../helpers/server.js';
import { startServer, type RunningServer } from '../../server/src/start-server.js';

const ALLOWED = 'https://partners.example.org';
const FOREIGN = 'https://evil.example.com';

const db = useTestDatabase({ isolation: 'file' });
let server: RunningServer;
let dist = '';
let base = '';

beforeAll(async () => {
  // A stand-in for the built client, so the page's own headers can be checked.
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hkg-dist-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>map</title>');
  server = await startServer({
    driver: db.driver,
    database: db.database,
    port: 0,
    host: '127.0.0.1',
    production: false,
    seed: false,
    clientDist: dist,
    security: {
      jwtSecret: TEST_JWT_SECRET,
      tokenTtlSeconds: 3600,
      publicRead: true,
      introspection: true,
      adminEmail: undefined,
      adminPassword: undefined,
      corsOrigins: [ALLOWED],
    },
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const QUERY = JSON.stringify({ query: '{ organisations(limit: 1) { key } }' });

function postFrom(origin: string): Promise<Response> {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: QUERY,
  });
}

describe('security headers', () => {
  it('gives the page a Content-Security-Policy that allows only its own scripts and API', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('sets the usual protective headers on the page, the probes and the API', async () => {
    for (const route of ['/', '/healthz', '/graphql']) {
      const response =
        route === '/graphql'
          ? await postFrom(ALLOWED)
          : await fetch(`${base}${route}`, { headers: {} });
      expect(response.headers.get('x-content-type-options'), route).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), route).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy'), route).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security'), route).toMatch(/max-age=/);
      expect(response.headers.get('x-powered-by'), route).toBeNull();
    }
  });

  it('leaves the Content-Security-Policy off /graphql so the query editor still loads', async () => {
    const response = await postFrom(ALLOWED);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});

/** A POST to /graphql as a browser sends it, with the raw bytes and headers of the answer. */
function rawPost(body: string, acceptEncoding: string) {
  return new Promise<{ headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    const request = http.request(
      `${base}/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () =>
          resolve({ headers: response.headers, bytes: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('compression', () => {
  const SCHEMA = JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' });

  it('compresses a large answer with Brotli, or gzip, and the bytes decode to the same answer', async () => {
    const plain = await rawPost(SCHEMA, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(10_000);
    const br = await rawPost(SCHEMA, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(zlib.brotliDecompressSync(br.bytes).toString()).toBe(plain.bytes.toString());
    const gzip = await rawPost(SCHEMA, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.bytes).toString()).toBe(plain.bytes.toString());
  });

  it('sends a small answer as it is', async () => {
    const small = await rawPost(QUERY, 'gzip, deflate, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.bytes.toString())).toEqual({ data: { organisations: [] } });
  });
});

describe('CORS', () => {
  it('allows a configured origin to read the answer', async () => {
    const response = await postFrom(ALLOWED);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives a foreign origin no Access-Control-Allow-Origin, so its browser withholds the answer', async () => {
    const response = await postFrom(FOREIGN);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight from a configured origin with the methods and headers it may use', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
  });

  it('answers a preflight from a foreign origin without allowing it', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: FOREIGN, 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with no origins configured, allows none (same origin only)', async () => {
    const { securityHeaders } = await import('../../server/src/http/security-headers.js');
    const express = (await import('express')).default;
    const app = express();
    app.use(securityHeaders({ corsOrigins: [] }));
    app.get('/x', (_req, res) => res.json({ ok: true }));
    const listener = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => listener.once('listening', () => resolve()));
    try {
      const port = (listener.address() as { port: number }).port;
      const response = await fetch(`http://127.0.0.1:${port}/x`, { headers: { origin: ALLOWED } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    }
  });
});
