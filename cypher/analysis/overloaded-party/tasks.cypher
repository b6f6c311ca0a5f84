// The tasks in scope of the parties overloaded-party found over the limit ($keys), in row order,
// with where each letter was written. Read from the parties (their keys are indexed) rather than
// from every task in the country.
// Parameters: $keys, and the scope of the counts: $authority, $objective, $clientGroup.
MATCH (p:Party)-[r:RESPONSIBLE_FOR]->(t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE p.key IN $keys
  AND ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
WITH p, r, t
ORDER BY toInteger(t.row), t.key
RETURN p.key AS key,
  collect({key: t.key, title: t.title, row: toInteger(t.row), source: r.source, locator: r.locator}) AS tasks
