// Rule concentrated-accountability: a party Accountable for more than $accountableShare of the
// tasks in scope (and for at least $minTasks of them).
// Why a planner cares: accountability gathered on one post means one person answers for most of
// the plan to the board; if that post is vacant or stretched the plan has no owner. It asks
// whether the work should be shared out, or governed through a board instead.
// Parameters: $accountableShare (number, default 0.5), $minTasks (number, default 5),
// $authority, $objective, $clientGroup (scope).
// On the seed: the Head of Homes and Communities is Accountable for 23 of the 29 tasks.
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
WITH collect(t) AS tasks
WITH tasks, size(tasks) AS total
UNWIND tasks AS t
MATCH (p:Party)-[r:ACCOUNTABLE_FOR]->(t)
// Counted first; only the letters of the parties over the share are put in row order (sorting
// every Accountable letter in the country was most of this query's work at 300 councils).
WITH p, total, collect({task: t, rel: r}) AS held
WHERE size(held) >= $minTasks AND toFloat(size(held)) / total > $accountableShare
UNWIND held AS h
WITH p, total, h ORDER BY toInteger(h.task.row), h.task.key
WITH p, total, collect(h) AS held
RETURN p.name AS name, size(held) AS count, total,
  [{key: p.key, label: [l IN labels(p) WHERE l <> 'Party'][0], name: p.name}] AS nodes,
  [h IN held | {kind: 'relationship',
    description: p.name + ' ACCOUNTABLE_FOR row ' + toInteger(h.task.row) + ': "' + h.task.title + '"',
    source: h.rel.source, locator: h.rel.locator}] AS evidence
ORDER BY count DESC, name
