// The tasks a plan already has, with everything the importer writes for them, so that a
// re-import can tell what is new, what changed and what is gone.
MATCH (t:Task)-[:IN_PLAN]->(:Plan {key: $plan})
RETURN t.key AS key, t.title AS title, t.row AS row, t.dueRaw AS dueRaw,
  toString(t.due) AS due, toString(t.dueEnd) AS dueEnd, t.dueKind AS dueKind, t.forAll AS forAll,
  [(t)-[:UNDER]->(o:Objective) | o.key] AS objectives,
  [(t)-[:SERVES]->(c:ClientGroup) | c.key] AS clientGroups,
  [m IN [(t)-[:MEASURED_BY]->(m:Measure) | m] | {order: m.order, text: m.text}] AS measures,
  [(p)-[:RESPONSIBLE_FOR]->(t) | p.key] AS R,
  [(p)-[:ACCOUNTABLE_FOR]->(t) | p.key] AS A,
  [(p)-[:CONSULTED_ON]->(t) | p.key] AS C,
  [(p)-[:INFORMED_OF]->(t) | p.key] AS I
