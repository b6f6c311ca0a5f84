// The one place that reads the environment. It is read once, checked, and typed; a bad value
// stops start-up with a message that names the variable and what to set.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';
import { DEFAULT_READ_CACHE, type ReadCacheConfig } from './http/read-cache.js';

/** The repository root, so paths work whatever the current directory is. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ExternalNeo4j {
  kind: 'external';
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

/**
 * The built-in database's memory unless NEO4J_HEAP / NEO4J_PAGECACHE say otherwise. A 2 GB heap,
 * not 1 GB: at 300 councils a full analysis fills a 1 GB heap's young generation many times with
 * rows still in use, and the copying and the full collections that follow paused Neo4j 0.4–0.5 s
 * a run (0.57 s of GC CPU); with 2 GB, 0.1–0.3 s (0.38 s). BENCHMARKS.md, the eighth round.
 */
export const EMBEDDED_MEMORY = { heap: '2g', pageCache: '512m' } as const;

export interface EmbeddedNeo4j {
  kind: 'embedded';
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  database: undefined;
}

export interface SecurityConfig {
  /** HS256 secret for tokens; undefined means "make one for this data folder / this run". */
  jwtSecret: string | undefined;
  tokenTtlSeconds: number;
  /** Reading without signing in. */
  publicRead: boolean;
  introspection: boolean;
  /** First admin, created on first start when there are no users. */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Browser origins allowed to call the API from another site (CORS); empty: same origin only. */
  corsOrigins: string[];
}

export interface Config {
  neo4j: ExternalNeo4j | EmbeddedNeo4j;
  security: SecurityConfig;
  port: number;
  host: string;
  production: boolean;
  /** Load the seed data into an empty database at start. */
  seedOnStart: boolean;
  /** Where the built client is served from. */
  clientDist: string;
  /** The cache of read answers (server/src/http/read-cache.ts). */
  readCache: ReadCacheConfig;
}

type Env = Record<string, string | undefined>;

const SIZE = /^\d+[kmg]?$/i;

function readPort(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`${name}=${raw} is not a port number (0-65535).`);
    return fallback;
  }
  return port;
}

function readSize(env: Env, name: string, fallback: string, problems: string[]): string {
  const raw = env[name] ?? fallback;
  if (!SIZE.test(raw)) problems.push(`${name}=${raw} is not a size such as 512m or 2g.`);
  return raw;
}

/** Reads and checks the configuration; throws ConfigError listing every problem at once. */
export function readConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  let neo4j: Config['neo4j'];
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(env.NEO4J_URI)) {
      problems.push(
        `NEO4J_URI=${env.NEO4J_URI} is not a Neo4j address: use bolt://host:7687, neo4j://host:7687 (cluster) or neo4j+s://xxxx.databases.neo4j.io (Aura).`,
      );
    }
    if (!env.NEO4J_PASSWORD) problems.push('NEO4J_URI is set but NEO4J_PASSWORD is not.');
    neo4j = {
      kind: 'external',
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  } else {
    neo4j = {
      kind: 'embedded',
      boltPort: readPort(env, 'NEO4J_BOLT_PORT', 7687, problems),
      dataDir: path.resolve(projectRoot, env.NEO4J_DATA_DIR || '.neo4j-data'),
      heap: readSize(env, 'NEO4J_HEAP', EMBEDDED_MEMORY.heap, problems),
      pageCache: readSize(env, 'NEO4J_PAGECACHE', EMBEDDED_MEMORY.pageCache, problems),
      database: undefined,
    };
  }
  const jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret && jwtSecret.length < 32)
    problems.push('JWT_SECRET must be at least 32 characters.');
  if (production && !jwtSecret)
    problems.push('JWT_SECRET must be set in production (32+ random characters).');
  const ttlHours = Number(env.TOKEN_TTL_HOURS ?? 8);
  if (!(ttlHours > 0 && ttlHours <= 24 * 30))
    problems.push(
      `TOKEN_TTL_HOURS=${env.TOKEN_TTL_HOURS} must be a number of hours from 0 to 720.`,
    );
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    problems.push(`${name}=${raw} must be true or false.`);
    return fallback;
  };
  const readCacheRaw = env.READ_CACHE || 'on';
  if (readCacheRaw !== 'on' && readCacheRaw !== 'off')
    problems.push(`READ_CACHE=${env.READ_CACHE} must be on or off.`);
  const readCacheMb = Number(env.READ_CACHE_MB || DEFAULT_READ_CACHE.maxBytes / 1024 ** 2);
  if (!(readCacheMb > 0 && readCacheMb <= 16384))
    problems.push(
      `READ_CACHE_MB=${env.READ_CACHE_MB} must be a positive number of megabytes (at most 16384).`,
    );
  const config: Config = {
    neo4j,
    security: {
      jwtSecret,
      tokenTtlSeconds: Math.round(ttlHours * 3600),
      publicRead: flag('PUBLIC_READ', true),
      introspection: flag('GRAPHQL_INTROSPECTION', !production),
      adminEmail: env.ADMIN_EMAIL || undefined,
      adminPassword: env.ADMIN_PASSWORD || undefined,
      corsOrigins: (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    },
    port: readPort(env, 'PORT', 4000, problems),
    host: env.HOST || '127.0.0.1',
    production,
    seedOnStart: env.SEED_ON_START !== 'false',
    clientDist: path.join(projectRoot, 'client', 'dist'),
    readCache: {
      ...DEFAULT_READ_CACHE,
      enabled: readCacheRaw !== 'off',
      maxBytes: Math.round(readCacheMb * 1024 ** 2),
    },
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
