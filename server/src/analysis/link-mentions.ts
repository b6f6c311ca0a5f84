// linkMentions: reads every task title, measure and service description, recognises the client
// groups, services, funding streams and parties they name (find-mentions.ts), and records each as
// (text)-[:MENTIONS {source, locator, matched}]->(node). It writes only the difference from the
// MENTIONS already there, so running it again changes nothing and writes nothing; when the
// database has not changed at all since it last found everything up to date, it reads nothing;
// and after a write, it recognises again only the texts that changed (mention-recogniser.ts).
import type { Driver } from 'neo4j-driver';
import { neo4jGraphVersion } from '../db/graph-version.js';
import { analysisCypher, runQuery } from './query.js';
import type { VocabularyEntry } from './find-mentions.js';
import { MentionRecogniser, type RecognisedMention, type TextRow } from './mention-recogniser.js';
import { cleanLocator } from './wording.js';

/** A mention about to be written, with where its text was written (withSources). */
interface SourcedMention extends RecognisedMention {
  source: string | null;
  locator: string | null;
}

export interface LinkMentionsResult {
  /** MENTIONS relationships written now. */
  created: number;
  /** MENTIONS written by an earlier run whose text no longer names the node. */
  removed: number;
  /** Every mention recognised now (new and already there). */
  recognised: number;
  /** True when nothing was read: no write of any kind since the mentions were last up to date. */
  unchanged?: boolean;
}

/** What linkMentions keeps between runs, per driver and database. */
interface MentionsState {
  /**
   * The graph version (graph-version.ts: it changes with every committed write, from any
   * process) at which the mentions were last found to need no change. Checking it costs one
   * round trip; reading every text and recognising its mentions costs seconds at 300 councils.
   */
  upToDate?: { version: string; recognised: number };
  /** What the last run recognised in each text: after a write only changed ones are recognised. */
  recogniser: MentionRecogniser;
}

const states = new WeakMap<Driver, Map<string, MentionsState>>();

function stateFor(driver: Driver, database: string | undefined): MentionsState {
  const perDatabase = states.get(driver) ?? new Map<string, MentionsState>();
  states.set(driver, perDatabase);
  let state = perDatabase.get(database ?? '');
  if (!state) {
    state = { recogniser: new MentionRecogniser() };
    perDatabase.set(database ?? '', state);
  }
  return state;
}

/** The mentions with the source and locator of their texts (the first found, as before). */
async function withSources(
  driver: Driver,
  database: string | undefined,
  mentions: RecognisedMention[],
): Promise<SourcedMention[]> {
  if (mentions.length === 0) return [];
  const rows = await runQuery<{ key: string; source: string | null; locator: string | null }>(
    driver,
    analysisCypher('mentions/read-text-sources.cypher'),
    { keys: [...new Set(mentions.map((m) => m.from))] },
    { database },
  );
  const where = new Map<string, { source: string | null; locator: string | null }>();
  for (const row of rows) if (!where.has(row.key)) where.set(row.key, row);
  return mentions.map((m) => {
    const found = where.get(m.from);
    return {
      ...m,
      source: found?.source ?? null,
      locator: cleanLocator(found?.locator) ?? null,
    };
  });
}

export async function linkMentions(
  driver: Driver,
  options: { database?: string } = {},
): Promise<LinkMentionsResult> {
  const database = options.database;
  // Taken before the texts are read: a write after this point changes the version, so the next
  // run reads again. Our own writes below change it too, which costs one more full check.
  const version = await neo4jGraphVersion(driver, database).current();
  const state = stateFor(driver, database);
  const known = state.upToDate;
  if (known?.version === version) {
    return { created: 0, removed: 0, recognised: known.recognised, unchanged: true };
  }
  const [vocabulary, texts, existing] = await Promise.all([
    runQuery<VocabularyEntry>(
      driver,
      analysisCypher('mentions/read-vocabulary.cypher'),
      {},
      { database },
    ),
    runQuery<TextRow>(driver, analysisCypher('mentions/read-texts.cypher'), {}, { database }),
    runQuery<{ from: string; to: string; recognised: boolean }>(
      driver,
      analysisCypher('mentions/read-mentions.cypher'),
      {},
      { database },
    ),
  ]);
  const mentions = state.recogniser.recognise(vocabulary, texts);
  // Only the difference is written: nothing at all when no text or name changed.
  const pair = (from: string, to: string) => `${from}>${to}`;
  const current = new Set(mentions.map((m) => pair(m.from, m.to)));
  const there = new Set(existing.map((m) => pair(m.from, m.to)));
  const fresh = await withSources(
    driver,
    database,
    mentions.filter((m) => !there.has(pair(m.from, m.to))),
  );
  const stale = existing
    .filter((m) => m.recognised && !current.has(pair(m.from, m.to)))
    .map(({ from, to }) => ({ from, to }));
  if (fresh.length === 0 && stale.length === 0) {
    state.upToDate = { version, recognised: mentions.length };
    return { created: 0, removed: 0, recognised: mentions.length };
  }
  // In batches: after a large load the first run writes one mention per few words of every
  // plan (about 100,000 at 300 councils), too much for one transaction on a small heap. The
  // mentions are derived from the texts, so a batch that lands alone is still true.
  const BATCH = 5000;
  const result = { created: 0, removed: 0, recognised: mentions.length };
  const session = driver.session({ database });
  try {
    for (let i = 0; i < Math.max(fresh.length, stale.length); i += BATCH) {
      await session.executeWrite(async (tx) => {
        const written = await tx.run(analysisCypher('mentions/write-mentions.cypher'), {
          mentions: fresh.slice(i, i + BATCH),
        });
        const removed = await tx.run(analysisCypher('mentions/remove-mentions.cypher'), {
          stale: stale.slice(i, i + BATCH),
        });
        result.created += Number(written.records[0]?.get('created') ?? 0);
        result.removed += Number(removed.records[0]?.get('removed') ?? 0);
      });
    }
    return result;
  } finally {
    await session.close();
  }
}
