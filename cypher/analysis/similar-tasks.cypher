// Rule similar-tasks: tasks of one council that say nearly the same thing for the same people:
// both serve a common client group (or both are for 'All'), and their titles reach
// $similarityThreshold in TF-IDF cosine over word stems (computed in server/src/analysis/rules/
// similar-tasks.ts, the document frequencies taken over that council's task titles). Two
// councils' plans naming the same job is not duplicated effort: each does it in its own area.
// Why a planner cares: two tasks doing one job split effort and accountability, and each
// partner assumes the other is doing it.
// Parameters: $similarityThreshold (number, default 0.6), $authority, $objective, $clientGroup
// (a pair is reported when at least one task is in scope; with $authority only that council's
// tasks are read).
// Tuning on the seed: fires on nothing. The closest titles score 0.34 (row 4, specialist mental
// health and substance misuse provision, and row 15, peer mentoring for people with lived
// experience of the same: related, not the same job) and 0.31 (rows 50 and 51, two 'Embed…'
// tasks); a reworded copy of a title scores above 0.8, so 0.6 leaves a wide margin both ways.
MATCH (plan:Plan)
WHERE $authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) }
MATCH (t:Task)-[:IN_PLAN]->(plan)
RETURN t.key AS key, t.title AS title, toInteger(t.row) AS row, plan.key AS plan,
  plan.authority AS authority,
  coalesce(t.forAll, false) AS forAll,
  [(t)-[:SERVES]->(g:ClientGroup) | {key: g.key, name: g.name}] AS groups,
  head([(t)-[:FROM]->(s:Source) | s.key]) AS source,
  ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) }) AS inScope
ORDER BY key
