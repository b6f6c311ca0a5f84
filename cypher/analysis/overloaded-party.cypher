// Rule overloaded-party: parties Responsible for far more tasks than is usual in the plan:
// more than $overloadFactor times the median number of tasks per Responsible party.
// This file returns every Responsible party with its count of tasks; the median and the
// comparison are made in server/src/analysis/rules/overloaded-party.ts (the median is over the
// parties listed), which then reads the tasks of only the parties over the limit
// (overloaded-party/tasks.cypher: at 300 councils every task's title was sent to report seventy
// parties).
// Why a planner cares: one post or team carrying much of the plan is a bottleneck and a single
// point of failure: if it is vacant or overstretched, those tasks stall together.
// Parameters: $overloadFactor (number, default 2), $authority, $objective, $clientGroup (scope:
// counts only the tasks in scope).
// On the seed: ten parties are Responsible for something, with a median of 2.5 tasks; the
// Strategic Housing Team Manager (13 tasks) and the Rough Sleeping Co-ordinator (10) are over
// 2 x 2.5 = 5. The HWOT Manager (4) is not.
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
MATCH (p:Party)-[:RESPONSIBLE_FOR]->(t)
// Grouped by the party itself, its properties are read once a party rather than once a letter.
WITH p, count(t) AS count
RETURN p.key AS key, [l IN labels(p) WHERE l <> 'Party'][0] AS label, p.name AS name, count
// Every council has a Housing Options Team: the key settles ties, so the parties the evidence
// lists first are the same at every run.
ORDER BY count DESC, name, key
