// Rule informed-never-consulted: parties that are Informed of tasks in scope but are never
// Responsible, Accountable or Consulted on any task.
// Why a planner cares: a party only ever told what was decided has no voice in the work; for a
// board that scrutinises the plan that may be right, for a partner it is a missed contribution.
// Parameters: $authority, $objective, $clientGroup (scope: which Informed letters are looked at;
// a voice on any task anywhere counts).
// On the seed: the Corporate Leadership Team, the Committee Chair and Vice Chair, the Health and
// Wellbeing Board and the Communities Committee: the council's and county's governance, told of
// the work but never asked.
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
MATCH (p:Party)-[r:INFORMED_OF]->(t)
WHERE NOT EXISTS { (p)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON]->(:Task) }
WITH p, r, t ORDER BY toInteger(t.row), t.key
// One row per party with its facts once; the rule (informed-never-consulted.ts) words the
// sentence and evidence.
WITH p, collect({row: toInteger(t.row), title: t.title, source: r.source, locator: r.locator}) AS informed
RETURN p.key AS key, [l IN labels(p) WHERE l <> 'Party'][0] AS label, p.name AS name, informed
ORDER BY size(informed) DESC, name, key
