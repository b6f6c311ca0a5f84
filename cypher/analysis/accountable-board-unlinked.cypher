// Rule accountable-board-unlinked: a task Accountable to a board when none of its Responsible
// parties is that board or is linked to it: no chain of MEMBER_OF, WORKS_IN, PART_OF or
// REPORTS_TO (up to four steps) leads from the Responsible party to the board.
// Why a planner cares: the board answers for work done by someone who, on record, neither sits
// on it nor reports to it: the line of oversight exists only on paper. Either the membership is
// missing from the data or the governance is.
// Parameters: $authority, $objective, $clientGroup (scope).
// On the seed: rows 4 and 5 (Accountable: the Housing Board; done by H&RSGroup and WSHOG) and
// rows 9, 26 and 40 (Accountable: WSHOG; done by the Rough Sleeping Co-ordinator, the Housing
// Solutions and Enabling Officer, and the Strategic Housing Team with HWOT). Row 5's second
// Accountable, WSHOG, is also Responsible, so that line is whole.
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
MATCH (b:Board)-[a:ACCOUNTABLE_FOR]->(t)
WITH t, b, a, [(r:Party)-[:RESPONSIBLE_FOR]->(t) | r] AS responsible
WHERE size(responsible) > 0
  AND none(r IN responsible WHERE r = b
    OR EXISTS { (r)-[:MEMBER_OF|WORKS_IN|PART_OF|REPORTS_TO*1..4]->(b) })
RETURN t.title AS title, toInteger(t.row) AS row, b.name AS board,
  apoc.coll.sort([r IN responsible | r.name]) AS responsible,
  [{key: t.key, label: 'Task', name: t.title}, {key: b.key, label: 'Board', name: b.name}] AS nodes,
  [{kind: 'relationship', description: b.name + ' ACCOUNTABLE_FOR row ' + toInteger(t.row) + ': "' + t.title + '"',
    source: a.source, locator: a.locator}] +
  [(r:Party)-[rr:RESPONSIBLE_FOR]->(t) | {kind: 'relationship', description: r.name + ' RESPONSIBLE_FOR the task; no MEMBER_OF, WORKS_IN, PART_OF or REPORTS_TO path to ' + b.name,
    source: rr.source, locator: rr.locator}] AS evidence
ORDER BY row, board
