// New and changed tasks, of one plan or of several imported together (each task names its plan
// and source): their properties, then everything the import owns around them is replaced
// (objective, client groups, measures, RACI letters), each with its source row.
// What was deleted is created anew with CREATE: MERGE (or apoc.merge.relationship) would look
// through a shared party's thousands of letters to find one that cannot be there.
UNWIND $tasks AS task
MATCH (p:Plan {key: task.plan})
MATCH (s:Source {key: task.source})
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
  CREATE (t)-[:MEASURED_BY {source: s.key, locator: 'row ' + task.row, row: task.row}]->(m)
  CREATE (m)-[:FROM {locator: 'row ' + task.row}]->(s)
}
CALL (t, task, s) {
  UNWIND task.raci AS letter
  MATCH (party:Party {key: letter.party})
  FOREACH (_ IN CASE letter.type WHEN 'RESPONSIBLE_FOR' THEN [1] ELSE [] END |
    CREATE (party)-[:RESPONSIBLE_FOR {source: s.key, locator: 'row ' + task.row, row: task.row}]->(t))
  FOREACH (_ IN CASE letter.type WHEN 'ACCOUNTABLE_FOR' THEN [1] ELSE [] END |
    CREATE (party)-[:ACCOUNTABLE_FOR {source: s.key, locator: 'row ' + task.row, row: task.row}]->(t))
  FOREACH (_ IN CASE letter.type WHEN 'CONSULTED_ON' THEN [1] ELSE [] END |
    CREATE (party)-[:CONSULTED_ON {source: s.key, locator: 'row ' + task.row, row: task.row}]->(t))
  FOREACH (_ IN CASE letter.type WHEN 'INFORMED_OF' THEN [1] ELSE [] END |
    CREATE (party)-[:INFORMED_OF {source: s.key, locator: 'row ' + task.row, row: task.row}]->(t))
}
RETURN count(t) AS written
