// A canonical dump of the whole graph (labels, properties, relationships by node key), so a
// test can say "nothing changed" about everything, not only about what it thought to count.
import type { TestDatabase } from './neo4j.js';

export async function graphSnapshot(db: TestDatabase): Promise<string> {
  const nodes = await db.query<{ n: string }>(
    'MATCH (n) WITH n ORDER BY n.key RETURN apoc.convert.toJson({labels: apoc.coll.sort(labels(n)), props: apoc.map.sortedProperties(properties(n))}) AS n',
  );
  const rels = await db.query<{ r: string }>(
    'MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.key, type(r), b.key RETURN apoc.convert.toJson([a.key, type(r), b.key, apoc.map.sortedProperties(properties(r))]) AS r',
  );
  return [...nodes.map((x) => x.n), ...rels.map((x) => x.r)].join('\n');
}
