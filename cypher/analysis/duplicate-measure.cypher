// Rule duplicate-measure: the same or nearly the same measure of success on different tasks of
// one council. This file returns every measure with its task's key and row and the task's
// council, one flat row each (the titles of the tasks reported are read afterwards, by
// duplicate-measure/titles.cypher);
// server/src/analysis/rules/duplicate-measure.ts compares each council's measures among
// themselves (two councils using a stock measure is neither a copy-paste slip nor duplicated
// effort, and comparing across the country grew with its square): TF-IDF cosine over word
// stems (text-similarity.ts, the document frequencies taken over that council's measures) at or
// above $similarityThreshold, or one measure
// being the other cut off (all of its first three or more words, then nothing). One finding per
// pair of tasks, with every matching pair of measures as evidence.
// Why a planner cares: a measure copied onto a second task is a copy-paste slip or two tasks
// doing one job; either way progress gets counted twice.
// Parameters: $similarityThreshold (number, default 0.6), $authority, $objective, $clientGroup
// (a pair is reported when at least one of its tasks is in scope; with $authority only that
// council's measures are read).
// Tuning on the seed: rows 15 and 35 share two measures word for word (1.0, the 'Delivery
// Framework produced…' pair) and row 15 has a cut-off copy of row 35's third ('Additional units
// of temporary', 0.82): reported as medium. The next pairs are the prevention measures of rows
// 40, 41 and 42 ('Reduction in approaches from these services/providers/refugee population at
// Relief stage', 0.62-0.81): the same measure counted for three populations, reported as low so
// a planner can decide whether one shared measure would do. Below 0.6 the pairs only share a
// stock phrase ('Increase in proportion of successful … outcomes', 0.56 and lower).
MATCH (plan:Plan)
WHERE $authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) }
MATCH (t:Task)-[:IN_PLAN]->(plan)
MATCH (t)-[r:MEASURED_BY]->(m:Measure)
WITH t, r, m, plan,
  ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) }) AS inScope
RETURN m.key AS key, m.text AS text, t.key AS task, toInteger(t.row) AS row,
  coalesce(plan.authority, plan.key) AS council, inScope, r.source AS source, r.locator AS locator
ORDER BY t.key, m.order
