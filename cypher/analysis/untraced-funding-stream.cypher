// Rule untraced-funding-stream: funding streams the documents name that pay for no recorded
// service (no FUNDED_BY points at them).
// Why a planner cares: money that cannot be traced to provision cannot be shown to work, and
// cannot be co-ordinated with other streams for the same people (the plan's row 9 asks for that).
// Parameters: $clientGroup (only streams named by tasks for that group), $authority and
// $objective (only streams named by those tasks). With no scope every untraced stream is listed.
// On the seed: RSI and RSAP, whose contracts row 5 monitors but which no document ties to a
// service.
MATCH (f:FundingStream)
WHERE NOT EXISTS { (:Service)-[:FUNDED_BY]->(f) }
WITH f, [(t:Task)-[:MENTIONS]->(f) | t] + [(t:Task)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(f) | t] AS namedBy
WHERE ($clientGroup IS NULL OR any(t IN namedBy WHERE EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }))
  AND ($objective IS NULL OR any(t IN namedBy WHERE EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) }))
  AND ($authority IS NULL OR any(t IN namedBy WHERE EXISTS { (t)-[:IN_PLAN]->(:Plan)-[:BY]->(:Organisation {key: $authority}) }))
WITH f, apoc.coll.toSet(namedBy) AS namedBy
RETURN f.name AS name, [a IN coalesce(f.aliases, []) | a] AS aliases,
  [t IN namedBy | toInteger(t.row)] AS rows,
  [{key: f.key, label: 'FundingStream', name: f.name}] AS nodes,
  [{kind: 'node', description: 'Funding stream "' + f.name + '": ' + coalesce(f.description, 'no description'),
    source: head([(f)-[r:FROM]->(src:Source) | src.key]), locator: head([(f)-[r:FROM]->(:Source) | r.locator])}] +
  [t IN namedBy | {kind: 'row', description: 'Named by row ' + toInteger(t.row) + ': "' + t.title + '"',
    source: head([(t)-[:FROM]->(src:Source) | src.key]), locator: 'row ' + toInteger(t.row)}] AS evidence
ORDER BY name
