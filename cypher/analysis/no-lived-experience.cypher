// Rule no-lived-experience: tasks on which people with lived experience are neither Responsible,
// Accountable nor Consulted (being only Informed is not a voice).
// Why a planner cares: Worcester Cares commits to 'involve people with lived experience … in
// the on-going development of the system'; a task decided without them breaks that principle.
// The lived-experience party is any party whose name says 'lived experience' (the seed's
// 'People with Lived Experience', alias PLE); where the graph has none, every task is reported.
// Parameters: $authority, $objective, $clientGroup (scope).
// On the seed: the nine rows whose Consulted cell leaves PLE out: 6, 9, 19, 25, 33, 35, 40, 41
// and 50.
// The parties of people with lived experience, found once (not by their name on every letter).
CALL () {
  MATCH (p:Party) WHERE toLower(p.name) CONTAINS 'lived experience'
  RETURN collect(p) AS voices
}
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
  AND NOT EXISTS {
    (p:Party)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON]->(t)
    WHERE p IN voices
  }
OPTIONAL MATCH (ple:Party)-[i:INFORMED_OF]->(t) WHERE ple IN voices
// One row per finding with its facts once; the rule (no-lived-experience.ts) words the sentence
// and evidence, and adds the principle (no-lived-experience/principle.cypher, read once).
RETURN t.key AS key, t.title AS title, toInteger(t.row) AS row, ple IS NOT NULL AS onlyInformed,
  apoc.coll.sort([(c:Party)-[:CONSULTED_ON]->(t) | c.name]) AS consulted,
  head([(t)-[:FROM]->(s:Source) | s.key]) AS source
ORDER BY row, t.key
