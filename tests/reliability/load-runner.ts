// Many concurrent clients against one server on 127.0.0.1, for a bounded time: a mix of reads and
// planner writes (setTaskStatus with a unique marker in its notes, assignRaci of an I letter).
// Every acknowledged write is remembered, with when it was acknowledged, so a test can check
// afterwards that the graph holds each one.

export interface LoadOptions {
  url: string;
  /** A planner's token for the tasks' council. */
  token: string;
  clients: number;
  durationMs: number;
  tasks: string[];
  parties: string[];
  /** Share of requests that are writes (0 to 1). */
  writeShare: number;
  /** Each request gives up after this long. */
  requestTimeoutMs?: number;
  /** Starts the notes each status write leaves (default `load`), to tell two loads apart. */
  marker?: string;
  /** Hears of each acknowledged write as it arrives. */
  onWrite?: (write: WriteAck) => void;
}

export interface WriteAck {
  kind: 'status' | 'raci';
  task: string;
  /** The notes written (status) or the party given the letter (raci). */
  value: string;
  client: number;
  /** Time the answer arrived. */
  at: number;
}

export interface LoadError {
  at: number;
  client: number;
  kind: 'read' | 'status' | 'raci';
  status: number;
  code: string;
  message: string;
}

export interface LoadResult {
  requests: number;
  reads: number;
  writes: WriteAck[];
  errors: LoadError[];
  startedAt: number;
  endedAt: number;
  /** Milliseconds per kind of request: count, mean and slowest. */
  latency: Record<string, { count: number; meanMs: number; maxMs: number }>;
}

const READS: [string, Record<string, unknown>][] = [
  ['{ tasks(limit: 10) { key title status } }', {}],
  ['query($t: String!) { search(text: $t) { key } }', { t: 'housing' }],
  ['{ plans { key title } }', {}],
  ['{ organisations(limit: 5) { key name } }', {}],
];

const STATUSES = ['not_started', 'in_progress', 'done'];

/** Runs the load; resolves when every client has finished its last request. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const startedAt = Date.now();
  const end = startedAt + options.durationMs;
  const result: LoadResult = {
    requests: 0,
    reads: 0,
    writes: [],
    errors: [],
    startedAt,
    endedAt: 0,
    latency: {},
  };
  const took = (name: string, ms: number): void => {
    const l = (result.latency[name] ??= { count: 0, meanMs: 0, maxMs: 0 });
    l.meanMs = Math.round((l.meanMs * l.count + ms) / (l.count + 1));
    l.count += 1;
    l.maxMs = Math.max(l.maxMs, ms);
  };

  async function send(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{
    status: number;
    body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  }> {
    const response = await fetch(`${options.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.requestTimeoutMs ?? 30_000),
    });
    return { status: response.status, body: (await response.json()) as never };
  }

  async function client(index: number): Promise<void> {
    let seq = 0;
    while (Date.now() < end) {
      seq += 1;
      const roll = (index * 7919 + seq * 104729) % 1000;
      const write = roll < options.writeShare * 1000;
      // Status writes go to the client's own task (so its last write must be what stays);
      // letters go round all the tasks.
      const ownTask = options.tasks[index % options.tasks.length] ?? '';
      const anyTask = options.tasks[(index + seq) % options.tasks.length] ?? '';
      let task = anyTask;
      let kind: LoadError['kind'] = 'read';
      let query: string;
      let variables: Record<string, unknown>;
      let value = '';
      if (write && roll % 3 !== 0) {
        kind = 'status';
        task = ownTask;
        value = `${options.marker ?? 'load'}-c${index}-${seq}`;
        query =
          'mutation($k: String!, $s: TaskStatus!, $n: String) { setTaskStatus(key: $k, status: $s, notes: $n) { notes } }';
        variables = { k: task, s: STATUSES[seq % STATUSES.length], n: value };
      } else if (write) {
        kind = 'raci';
        value = options.parties[(index * 31 + seq) % options.parties.length] ?? '';
        query =
          'mutation($t: String!, $p: String!) { assignRaci(task: $t, party: $p, letter: I) { changed } }';
        variables = { t: task, p: value };
      } else {
        [query, variables] = READS[seq % READS.length] ?? READS[0]!;
      }
      result.requests += 1;
      const sent = Date.now();
      try {
        const { status, body } = await send(query, variables);
        took(
          kind === 'read'
            ? (/\w+(?=[({ ])/.exec(query.replace(/^query[^{]*/, ''))?.[0] ?? 'read')
            : kind,
          Date.now() - sent,
        );
        if (status !== 200 || body.errors?.length) {
          result.errors.push({
            at: Date.now(),
            client: index,
            kind,
            status,
            code: String(body.errors?.[0]?.extensions?.code ?? ''),
            message: body.errors?.[0]?.message ?? `HTTP ${status}`,
          });
        } else if (kind === 'read') {
          result.reads += 1;
        } else {
          const ack: WriteAck = { kind, task, value, client: index, at: Date.now() };
          result.writes.push(ack);
          options.onWrite?.(ack);
        }
      } catch (error) {
        result.errors.push({
          at: Date.now(),
          client: index,
          kind,
          status: 0,
          code: 'NETWORK',
          message: error instanceof Error ? error.message : String(error),
        });
        // A refused connection answers at once: do not spin.
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  result.endedAt = Date.now();
  return result;
}

/** The acknowledged writes the graph does not hold; empty when every one landed. */
export async function missingWrites(
  writes: WriteAck[],
  query: <T>(cypher: string, params: Record<string, unknown>) => Promise<T[]>,
): Promise<WriteAck[]> {
  const statusWrites = writes.filter((w) => w.kind === 'status');
  // Each setTaskStatus records its audit entry in the same transaction as the change.
  const audited = await query<{ variables: string }>(
    "MATCH (e:AuditEvent {operation: 'setTaskStatus', outcome: 'ok'}) RETURN e.variables AS variables",
    {},
  );
  const markers = new Set(
    audited.map((a) => /"notes":"([a-z]+-c\d+-\d+)"/.exec(a.variables)?.[1]).filter(Boolean),
  );
  const raci = await query<{ task: string; party: string }>(
    'MATCH (p:Party)-[:INFORMED_OF]->(t:Task) RETURN t.key AS task, p.key AS party',
    {},
  );
  const informed = new Set(raci.map((r) => `${r.task} ${r.party}`));
  return [
    ...statusWrites.filter((w) => !markers.has(w.value)),
    ...writes.filter((w) => w.kind === 'raci' && !informed.has(`${w.task} ${w.value}`)),
  ];
}

/** Tasks whose notes are not the last marker acknowledged for them (one writer per task only). */
export async function staleTasks(
  writes: WriteAck[],
  query: <T>(cypher: string, params: Record<string, unknown>) => Promise<T[]>,
): Promise<string[]> {
  const last = new Map<string, WriteAck>();
  const writers = new Map<string, Set<number>>();
  for (const w of writes.filter((x) => x.kind === 'status')) {
    if ((last.get(w.task)?.at ?? -1) <= w.at) last.set(w.task, w);
    writers.set(w.task, (writers.get(w.task) ?? new Set()).add(w.client));
  }
  const rows = await query<{ key: string; notes: string }>(
    'MATCH (t:Task) WHERE t.key IN $keys RETURN t.key AS key, t.notes AS notes',
    { keys: [...last.keys()] },
  );
  const notes = new Map(rows.map((r) => [r.key, r.notes]));
  return [...last.entries()]
    .filter(([task]) => writers.get(task)?.size === 1)
    .filter(([task, w]) => notes.get(task) !== w.value)
    .map(([task]) => task);
}
