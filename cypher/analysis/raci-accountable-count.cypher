// Rule raci-accountable-count: tasks with no Accountable party, or with more than one.
// Why a planner cares: RACI wants exactly one Accountable party, the one who answers for the
// task; with none nobody answers for it, with two each can leave it to the other.
// Parameters: $authority, $objective, $clientGroup (scope).
// On the seed: row 5 ('Monitor outcomes from RSI, RSAP, Housing First…') is Accountable to both
// the Housing Board and WSHOG. No task lacks an Accountable party.
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
WITH t, [(p:Party)-[r:ACCOUNTABLE_FOR]->(t) | {name: p.name, party: p, rel: r}] AS accountable
WHERE size(accountable) <> 1
WITH t, apoc.coll.sortMaps(accountable, '^name') AS accountable
RETURN t.title AS title, toInteger(t.row) AS row, size(accountable) AS count,
  [a IN accountable | a.party.name] AS parties,
  [{key: t.key, label: 'Task', name: t.title}] +
  [a IN accountable | {key: a.party.key, label: [l IN labels(a.party) WHERE l <> 'Party'][0], name: a.party.name}] AS nodes,
  [{kind: 'row', description: 'Row ' + toInteger(t.row) + ': "' + t.title + '"',
    source: head([(t)-[:FROM]->(s:Source) | s.key]), locator: 'row ' + toInteger(t.row)}] +
  [a IN accountable | {kind: 'relationship', description: a.party.name + ' ACCOUNTABLE_FOR the task',
    source: a.rel.source, locator: a.rel.locator}] AS evidence
ORDER BY row, t.key
