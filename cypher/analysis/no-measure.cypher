// Rule no-measure: tasks without a measure of success.
// Why a planner cares: without a measure nobody can show the task made a difference, and a
// funder will ask for exactly that.
// Parameters: $authority, $objective, $clientGroup (scope).
// On the seed: fires on nothing, and rightly: every row of the Worcester plan has at least one
// measure in its Measure of Success column.
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
  AND NOT EXISTS { (t)-[:MEASURED_BY]->(:Measure) }
RETURN t.title AS title, toInteger(t.row) AS row,
  [{key: t.key, label: 'Task', name: t.title}] AS nodes,
  [{kind: 'row', description: 'Row ' + toInteger(t.row) + ': "' + t.title + '", Measure of Success empty',
    source: head([(t)-[:FROM]->(s:Source) | s.key]), locator: 'row ' + toInteger(t.row)}] AS evidence
ORDER BY row, t.key
