// The evidence pack's tasks: every task in scope with its plan, objective, client groups,
// measures, RACI and dates, in due-date order (the timeline and the measures sections).
// Parameters: $plan (a plan key or null), $authority, $objective, $clientGroup (scope, as in the
// rules), $today (YYYY-MM-DD, for the overdue flag).
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($plan IS NULL OR plan.key = $plan)
  AND ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
WITH t, plan, coalesce(t.dueEnd, t.due) AS deadline
RETURN t.key AS key, t.title AS title, toInteger(t.row) AS row,
  plan.key AS plan, plan.title AS planTitle,
  head([(t)-[:UNDER]->(o:Objective) | o.title]) AS objective,
  coalesce(t.forAll, false) AS forAll,
  apoc.coll.sort([(t)-[:SERVES]->(g:ClientGroup) | g.name]) AS clientGroups,
  [m IN apoc.coll.sortNodes([(t)-[:MEASURED_BY]->(m:Measure) | m], '^order') | m.text] AS measures,
  apoc.coll.sort([(p:Party)-[:RESPONSIBLE_FOR]->(t) | p.name]) AS responsible,
  apoc.coll.sort([(p:Party)-[:ACCOUNTABLE_FOR]->(t) | p.name]) AS accountable,
  apoc.coll.sort([(p:Party)-[:CONSULTED_ON]->(t) | p.name]) AS consulted,
  apoc.coll.sort([(p:Party)-[:INFORMED_OF]->(t) | p.name]) AS informed,
  t.dueRaw AS dueRaw, t.dueKind AS dueKind, toString(t.due) AS due, toString(t.dueEnd) AS dueEnd,
  coalesce(t.status, 'not_started') AS status,
  head([(t)-[:FROM]->(s:Source) | s.key]) AS source,
  deadline IS NOT NULL AND NOT coalesce(t.dueKind, 'none') IN ['ongoing', 'none', 'unparsed']
    AND NOT coalesce(t.status, 'not_started') IN ['done', 'dropped']
    AND date.truncate('month', deadline) + duration({months: 1}) <= date($today) AS overdue
ORDER BY deadline IS NULL, deadline, row, key
