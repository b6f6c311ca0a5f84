// Rule raci-no-responsible: tasks that no party is Responsible for.
// Why a planner cares: a task nobody is named to do will not be done; it is the first thing a
// board asks about an action plan.
// Parameters: $authority, $objective, $clientGroup (scope: null looks at every plan, objective
// and client group).
// On the seed: fires on nothing, and rightly: every row of the Worcester plan names at least one
// Responsible party (row 42 ends its list with a stray ';', which the importer handles).
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
  AND NOT EXISTS { (:Party)-[:RESPONSIBLE_FOR]->(t) }
RETURN t.title AS title, toInteger(t.row) AS row,
  [{key: t.key, label: 'Task', name: t.title}] AS nodes,
  [{kind: 'row', description: 'Row ' + toInteger(t.row) + ': "' + t.title + '"',
    source: head([(t)-[:FROM]->(s:Source) | s.key]), locator: 'row ' + toInteger(t.row)}] +
  [(p:Party)-[r:ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(t) |
    {kind: 'relationship', description: p.name + ' ' + type(r), source: r.source, locator: r.locator}] AS evidence
ORDER BY row, t.key
