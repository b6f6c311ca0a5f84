// Rule missing-client-group: tasks with no client group at all (neither a group nor 'All').
// Why a planner cares: a task for nobody in particular cannot be targeted, resourced or measured,
// and drops out of every client-group view and evidence pack.
// Parameters: $authority, $objective (scope); $clientGroup keeps the tasks whose text or measures
// name that group (they have no group of their own to match).
// On the seed: row 43, the Renters Reform Act task, whose Client Group cell is empty; its
// measures name private renters, which the finding suggests.
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
  AND NOT EXISTS { (t)-[:SERVES]->(:ClientGroup) }
  AND coalesce(t.forAll, false) = false
WITH t, apoc.coll.toSet([(t)-[:MENTIONS]->(g:ClientGroup) | g.name] +
  [(t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(g:ClientGroup) | g.name]) AS named
RETURN t.title AS title, toInteger(t.row) AS row, apoc.coll.sort(named) AS named,
  [{key: t.key, label: 'Task', name: t.title}] AS nodes,
  [{kind: 'row', description: 'Row ' + toInteger(t.row) + ': "' + t.title + '", Client Group cell empty',
    source: head([(t)-[:FROM]->(s:Source) | s.key]), locator: 'row ' + toInteger(t.row)}] +
  [(t)-[:MEASURED_BY]->(m:Measure)-[r:MENTIONS]->(g:ClientGroup) |
    {kind: 'text', description: 'Its measure "' + m.text + '" names ' + g.name, source: r.source, locator: r.locator}] AS evidence
ORDER BY row, t.key
