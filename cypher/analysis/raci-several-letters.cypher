// Rule raci-several-letters: a party holding more than one letter on the same task, other than
// Responsible with Accountable (A/R is the usual RACI shorthand for 'does it and answers for it').
// One finding per party, listing the tasks.
// Why a planner cares: Responsible or Accountable and also Consulted or Informed means the party
// is asked about (or told of) its own work: a copying slip or a muddled role. Consulted and also
// Informed is only redundant, and is reported as low.
// Parameters: $authority, $objective, $clientGroup (scope).
// On the seed: HWOT is Responsible and Consulted on row 32, the Homes for Ukraine Officers on row
// 42, WSHOG is Accountable and Informed on row 9 (and Consulted and Informed on row 17), and
// Worcester Cares is both Consulted and Informed on most rows it appears in.
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
MATCH (p:Party)-[r:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(t)
WITH p, t, collect(r) AS rels
// Most of the country's ~57,000 (party, task) pairs hold one letter: drop them before sorting.
WHERE size(rels) > 1
WITH p, t, rels, apoc.coll.sort([r IN rels | type(r)]) AS letters
WHERE letters <> ['ACCOUNTABLE_FOR', 'RESPONSIBLE_FOR']
WITH p, t, rels, letters,
  any(l IN letters WHERE l IN ['RESPONSIBLE_FOR', 'ACCOUNTABLE_FOR'])
    AND any(l IN letters WHERE l IN ['CONSULTED_ON', 'INFORMED_OF']) AS conflicting
ORDER BY toInteger(t.row), t.key
WITH p, collect({task: t, rels: rels, letters: letters, conflicting: conflicting}) AS tasks
RETURN p.name AS name,
  [x IN tasks | {row: toInteger(x.task.row), letters: x.letters, conflicting: x.conflicting}] AS tasks,
  any(x IN tasks WHERE x.conflicting) AS conflicting,
  [{key: p.key, label: [l IN labels(p) WHERE l <> 'Party'][0], name: p.name}] +
  [x IN tasks | {key: x.task.key, label: 'Task', name: x.task.title}] AS nodes,
  apoc.coll.flatten([x IN tasks | [r IN x.rels | {kind: 'relationship',
    description: p.name + ' ' + type(r) + ' row ' + toInteger(x.task.row) + ': "' + x.task.title + '"',
    source: r.source, locator: r.locator}]]) AS evidence
ORDER BY conflicting DESC, name
