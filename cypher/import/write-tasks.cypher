// New and changed tasks: their properties, then everything the import owns around them is
// replaced (objective, client groups, measures, RACI letters), each with its source row.
UNWIND $tasks AS task
MATCH (p:Plan {key: $plan})
MATCH (s:Source {key: $source})
MERGE (t:Task {key: task.key})
  ON CREATE SET t.status = 'not_started'
SET t.title = task.title, t.row = task.row, t.dueRaw = task.dueRaw,
  t.due = CASE WHEN task.due IS NULL THEN null ELSE date(task.due) END,
  t.dueEnd = CASE WHEN task.dueEnd IS NULL THEN null ELSE date(task.dueEnd) END,
  t.dueKind = task.dueKind, t.forAll = task.forAll
MERGE (t)-[ip:IN_PLAN]->(p)
SET ip.source = s.key, ip.locator = 'row ' + task.row, ip.row = task.row
MERGE (t)-[f:FROM]->(s)
SET f.locator = 'row ' + task.row
WITH t, task, s
CALL (t) {
  OPTIONAL MATCH (t)-[old:UNDER|SERVES]->()
  DELETE old
}
CALL (t) {
  OPTIONAL MATCH (t)-[:MEASURED_BY]->(m:Measure)
  DETACH DELETE m
}
CALL (t) {
  OPTIONAL MATCH (:Party)-[old:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(t)
  DELETE old
}
CALL (t, task, s) {
  OPTIONAL MATCH (o:Objective {key: task.objective})
  FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END |
    MERGE (t)-[r:UNDER]->(o) SET r.source = s.key, r.locator = 'row ' + task.row, r.row = task.row)
}
CALL (t, task, s) {
  UNWIND task.clientGroups AS groupKey
  MATCH (c:ClientGroup {key: groupKey})
  MERGE (t)-[r:SERVES]->(c)
  SET r.source = s.key, r.locator = 'row ' + task.row, r.row = task.row
}
CALL (t, task, s) {
  UNWIND task.measures AS measure
  CREATE (m:Measure {key: measure.key, text: measure.text, order: measure.order})
  MERGE (t)-[r:MEASURED_BY]->(m)
  SET r.source = s.key, r.locator = 'row ' + task.row, r.row = task.row
  MERGE (m)-[mf:FROM]->(s)
  SET mf.locator = 'row ' + task.row
}
CALL (t, task, s) {
  UNWIND task.raci AS letter
  MATCH (party:Party {key: letter.party})
  CALL apoc.merge.relationship(party, letter.type, {}, {source: s.key, locator: 'row ' + task.row, row: task.row}, t, {})
    YIELD rel
  RETURN count(rel) AS letters
}
RETURN count(t) AS written
