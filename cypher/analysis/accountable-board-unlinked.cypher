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
// One row per finding with its facts once; the rule (accountable-board-unlinked.ts) words the
// sentence and evidence.
RETURN t.key AS key, t.title AS title, toInteger(t.row) AS row, b.key AS boardKey, b.name AS board,
  a.source AS source, a.locator AS locator,
  [(r:Party)-[rr:RESPONSIBLE_FOR]->(t) | {name: r.name, source: rr.source, locator: rr.locator}] AS doers
ORDER BY row, board, key
