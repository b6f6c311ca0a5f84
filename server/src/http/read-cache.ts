// A cache of GraphQL read answers that is never older than the database.
//
// Why an Express middleware in front of Apollo and not an Apollo plugin (such as
// @apollo/server-plugin-response-cache): a plugin answers from its cache only after Apollo has
// run its whole request pipeline (context and token check, document cache, validation, every
// plugin's hooks), and that pipeline alone, for `{ __typename }`, managed ~720 req/s at a p95 of
// 284 ms under 100 connections on this 2-core machine; the budget (p95 < 100 ms at 100
// connections) needs about 1,000 req/s. That plugin also takes its lifetime from cache-control
// hints (the plugin this server turns off for its cost) and knows nothing of writes made by other
// processes. In front of Apollo a hit costs a token check, a Map look-up and a version check shared
// with the other requests waiting (graph-version.ts).
//
// What is cached: POST requests whose selected operation is a `query` (never a mutation, never
// `analysis` or `evidencePack`, which link MENTIONS first, and whose answer depends on today's
// date), answered 200 without `errors`. The key is the caller's verified identity (anonymous, or
// the token's subject, roles, organisation, council and name: everything the @authentication and
// @authorization rules and `me` read), the Accept header, the query text, the operation name and
// the variables, exactly as sent: a request that any protection would refuse (limits, depth,
// list limits, auth) was never answered without errors, so it is never in the cache and goes
// to Apollo as before. Each entry holds the graph version it was computed at; a request is served
// from the cache only when a version check that started after it arrived returns that same
// version. If the check fails (the database is down) the request goes to Apollo, which answers
// SERVICE_UNAVAILABLE. A mutation through this server empties the cache at once.
import { parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Request, RequestHandler, Response } from 'express';
import type { TokenClaims, TokenSigner } from '../auth/tokens.js';
import type { GraphVersion } from '../db/graph-version.js';

export interface ReadCacheConfig {
  enabled: boolean;
  /** Most answers kept. */
  maxEntries: number;
  /** Most bytes kept (answers and keys); an answer over an eighth of it is not kept. */
  maxBytes: number;
}

export const DEFAULT_READ_CACHE: ReadCacheConfig = {
  enabled: true,
  maxEntries: 2000,
  maxBytes: 64 * 1024 * 1024,
};

/** Query fields whose answer is not a pure read of the graph. */
export const UNCACHEABLE_FIELDS = new Set(['analysis', 'evidencePack']);

export const CACHE_HEADER = 'x-read-cache';

const MAX_QUERY_CHARS = 16 * 1024;

export interface ReadCacheStats {
  hits: number;
  misses: number;
  /** Misses answered with the answer of an identical request already on its way to Apollo. */
  shared: number;
  entries: number;
  bytes: number;
}

export interface ReadCache {
  middleware: RequestHandler;
  /** Forget every answer (called after a mutation through this server). */
  invalidate(): void;
  /** Turn the cache on or off while running (the benchmark compares both). */
  setEnabled(enabled: boolean): void;
  stats(): ReadCacheStats;
}

interface Entry {
  version: string;
  body: string;
  contentType: string;
  bytes: number;
}

type Kind = 'cacheable' | 'mutation' | 'other';

/** Whether the operation a request selects may be cached (documents are parsed once). */
export function classify(document: DocumentNode, operationName: string | undefined): Kind {
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return 'other';
  if (operation.operation === 'mutation') return 'mutation';
  if (operation.operation !== 'query') return 'other';
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === 'FragmentDefinition' ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  // The root fields, through fragments and inline fragments (a fragment cycle is refused by
  // validation; `seen` only keeps this loop finite).
  const seen = new Set<string>();
  const rootFieldsCacheable = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === 'Field') return !UNCACHEABLE_FIELDS.has(s.name.value);
      if (s.kind === 'InlineFragment') return rootFieldsCacheable(s.selectionSet);
      if (seen.has(s.name.value)) return true;
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      return fragment ? rootFieldsCacheable(fragment) : false;
    });
  return rootFieldsCacheable(operation.selectionSet) ? 'cacheable' : 'other';
}

/** An identity's part of the key: what the schema's rules and `me` can read of the caller. */
function identityKey(claims: TokenClaims | undefined): string {
  if (!claims) return 'anonymous';
  return JSON.stringify([
    claims.sub,
    [...claims.roles].sort(),
    claims.organisation ?? null,
    claims.authority ?? null,
    claims.name ?? null,
  ]);
}

export function createReadCache(options: {
  config: ReadCacheConfig;
  signer: TokenSigner;
  version: GraphVersion;
  /** False while the database is known to be down: everything goes to Apollo. */
  databaseOpen: () => boolean;
  /**
   * Called when a version check fails (the database did not answer a trivial read in time), so
   * the requests after it are told at once rather than each waiting on a check of its own.
   */
  reportUnavailable?: () => void;
  maxTokens: number;
}): ReadCache {
  let enabled = options.config.enabled;
  const { maxEntries, maxBytes } = options.config;
  // Insertion order is recency order: a hit moves its entry to the end (LRU).
  const entries = new Map<string, Entry>();
  let bytes = 0;
  /** The newest version seen: entries of older versions can never be served again. */
  let latest: string | undefined;
  /** Bumped by invalidate(), so an answer computed before a mutation is not stored after it. */
  let epoch = 0;
  let hits = 0;
  let misses = 0;
  let shared = 0;
  // The misses on their way to Apollo, by key and version. After a write every cached answer is
  // stale at once, and under load the same query arrives many times before the first is
  // answered: the others wait for that one's answer instead of each going to Apollo (one write a
  // second at 100 connections took the partner view's p95 from 82 to 275 ms without this).
  const inFlight = new Map<string, Promise<Entry | undefined>>();
  // What each query text (with its operation name) is, memoised: the kind only, never the parsed
  // document (a wide 8 KB query parses to ~0.7 MB, so a thousand kept documents could hold
  // gigabytes for anyone who sends different queries). At most 1,000 texts of at most 16 KB.
  const kinds = new Map<string, Kind | null>();

  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  const remove = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const store = (key: string, entry: Entry) => {
    if (entry.bytes > maxBytes / 8) return;
    const old = entries.get(key);
    if (old) remove(key, old);
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [k, e] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      remove(k, e);
    }
  };
  const seeVersion = (version: string) => {
    if (version === latest) return;
    latest = version;
    clear();
  };

  const kindOf = (query: string, operationName: string | undefined): Kind | null => {
    const key = `${operationName ?? ''}\n${query}`;
    let kind = kinds.get(key);
    if (kind === undefined) {
      let document: DocumentNode | null;
      try {
        document = parse(query, { maxTokens: options.maxTokens, noLocation: true });
      } catch {
        document = null; // Apollo says what is wrong with it
      }
      kind = document ? classify(document, operationName) : null;
      if (kinds.size >= 1000) kinds.delete(kinds.keys().next().value as string);
      kinds.set(key, kind);
    }
    return kind;
  };

  const verified = async (req: Request): Promise<TokenClaims | undefined | false> => {
    const header = req.headers.authorization;
    if (!header) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return false;
    try {
      return await options.signer.verify(match[1]);
    } catch {
      return false; // Apollo answers UNAUTHENTICATED
    }
  };

  const middleware: RequestHandler = (req, res, next) => {
    if (!enabled || req.method !== 'POST') return next();
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return next();
    const { query, operationName, variables, extensions } = body;
    // A document over 16 KB (the client's largest is a few) is not parsed and kept here.
    if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS || extensions !== undefined)
      return next();
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return next();
    if (variables !== undefined && variables !== null && typeof variables !== 'object')
      return next();
    const kind = kindOf(query, operationName ?? undefined);
    if (!kind) return next();
    if (kind === 'mutation') {
      res.on('finish', invalidate);
      return next();
    }
    if (kind !== 'cacheable' || !options.databaseOpen()) return next();
    // Everything after this point is asynchronous: errors go to Apollo's path, never to Express.
    void (async () => {
      const claims = await verified(req);
      if (claims === false) return next();
      const key = JSON.stringify([
        identityKey(claims),
        req.headers.accept ?? '',
        query,
        operationName ?? null,
        variables ?? null,
      ]);
      let version: string;
      try {
        version = await options.version.current();
      } catch {
        options.reportUnavailable?.();
        return next(); // the database did not answer: Apollo's path reports it
      }
      seeVersion(version);
      const entry = entries.get(key);
      if (entry && entry.version === version && enabled) {
        entries.delete(key);
        entries.set(key, entry);
        hits++;
        return sendKept(res, entry, 'hit');
      }
      const flightKey = `${version}\n${key}`;
      const leader = inFlight.get(flightKey);
      if (leader) {
        // The same request at the same version is being answered: its answer is as fresh as
        // this request needs (its version check also started after this request arrived).
        const answer = await leader;
        if (answer && enabled) {
          shared++;
          return sendKept(res, answer, 'shared');
        }
        // Its answer was not one to keep (errors, too large, cut off): this one asks itself.
      }
      misses++;
      res.setHeader(CACHE_HEADER, 'miss');
      const startEpoch = epoch;
      let settle: (answer: Entry | undefined) => void = () => {};
      if (!leader) {
        const flight = new Promise<Entry | undefined>((resolve) => (settle = resolve));
        inFlight.set(flightKey, flight);
        void flight.then(() => inFlight.delete(flightKey));
        // A response that ends without res.send (the caller went away) still releases the others.
        res.on('close', () => settle(undefined));
      }
      captureAnswer(res, maxBytes / 8, (answer) => {
        const entry = answer && { version, ...answer, bytes: answer.body.length + key.length * 2 };
        // A mutation through this server since this request arrived: not kept, not shared.
        if (!entry || !enabled || startEpoch !== epoch) return settle(undefined);
        settle(entry);
        if (version === latest) store(key, entry);
      });
      next();
    })().catch(next);
  };

  function invalidate() {
    epoch++;
    clear();
  }

  return {
    middleware,
    invalidate,
    setEnabled(on) {
      enabled = on;
      if (!on) invalidate();
    },
    stats: () => ({ hits, misses, shared, entries: entries.size, bytes }),
  };
}

/** Answers with a kept answer (from the cache, or shared by an identical request in flight). */
function sendKept(res: Response, answer: Entry, how: 'hit' | 'shared'): void {
  res.setHeader('content-type', answer.contentType);
  res.setHeader('cache-control', 'no-store');
  res.setHeader(CACHE_HEADER, how);
  res.status(200).send(answer.body);
}

/**
 * Calls `keep` with Apollo's answer when it is a 200 JSON answer with data and no errors, and
 * small enough to keep (a larger one is not even parsed to find out); with undefined otherwise.
 */
function captureAnswer(
  res: Response,
  largest: number,
  keep: (answer: { body: string; contentType: string } | undefined) => void,
): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    res.send = send;
    let kept = false;
    try {
      const contentType = String(res.getHeader('content-type') ?? '');
      if (
        res.statusCode === 200 &&
        typeof body === 'string' &&
        body.length <= largest &&
        contentType.includes('json')
      ) {
        const answer = JSON.parse(body) as Record<string, unknown> | null;
        if (answer && typeof answer === 'object' && 'data' in answer && !('errors' in answer)) {
          kept = true;
          keep({ body, contentType });
        }
      }
    } catch {
      // not JSON: not kept
    }
    if (!kept) keep(undefined);
    return send(body);
  };
}
