// One party's own view: the tasks it holds a letter on (with the letters), the boards it sits
// on, the services it provides (itself or through its service areas), the client groups those
// touch, and the other parties it shares tasks with, most shared first.
MATCH (p:Party {key: $key})
CALL (p) {
  OPTIONAL MATCH (p)-[r:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(t:Task)
  WITH t, collect(CASE type(r) WHEN 'RESPONSIBLE_FOR' THEN 'R' WHEN 'ACCOUNTABLE_FOR' THEN 'A' WHEN 'CONSULTED_ON' THEN 'C' ELSE 'I' END) AS letters
  WHERE t IS NOT NULL
  ORDER BY t.row
  RETURN collect({key: t.key, title: t.title, letters: letters, status: coalesce(t.status, 'not_started'),
    due: toString(t.due), dueRaw: t.dueRaw, objective: [(t)-[:UNDER]->(o:Objective) | o.title][0]}) AS tasks
}
CALL (p) {
  OPTIONAL MATCH (p)-[:MEMBER_OF|REPORTS_TO]->(b:Board)
  WITH DISTINCT b WHERE b IS NOT NULL
  RETURN collect({key: b.key, name: b.name, type: 'Board'}) AS boards
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PROVIDES]->(s1:Service)
  OPTIONAL MATCH (p)<-[:PART_OF]-(:ServiceArea)-[:PROVIDES]->(s2:Service)
  OPTIONAL MATCH (p)-[:WORKS_IN]->()-[:PROVIDES]->(s3:Service)
  WITH collect(s1) + collect(s2) + collect(s3) AS provided
  UNWIND (CASE WHEN provided = [] THEN [null] ELSE provided END) AS s
  WITH DISTINCT s WHERE s IS NOT NULL
  RETURN collect(s) AS serviceNodes
}
CALL (p, serviceNodes) {
  OPTIONAL MATCH (p)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(:Task)-[:SERVES]->(c1:ClientGroup)
  WITH collect(c1) AS fromTasks, serviceNodes
  OPTIONAL MATCH (c2:ClientGroup)<-[:SERVES]-(s:Service) WHERE s IN serviceNodes
  WITH fromTasks, collect(c2) AS fromServices
  WITH fromTasks + fromServices AS touched
  UNWIND (CASE WHEN touched = [] THEN [null] ELSE touched END) AS c
  WITH DISTINCT c WHERE c IS NOT NULL
  RETURN collect({key: c.key, name: c.name, type: 'ClientGroup'}) AS clientGroups
}
CALL (p) {
  OPTIONAL MATCH (p)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(t:Task)<-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]-(o:Party)
  WHERE o <> p
  WITH o, count(DISTINCT t) AS shared
  WHERE o IS NOT NULL
  ORDER BY shared DESC, o.name
  RETURN collect({key: o.key, name: o.name, type: [l IN labels(o) WHERE l <> 'Party'][0], sharedTasks: shared}) AS neighbours
}
RETURN {key: p.key, name: p.name, type: [l IN labels(p) WHERE l <> 'Party'][0]} AS party,
  coalesce(p.aliases, []) AS aliases, tasks, boards,
  [s IN serviceNodes | {key: s.key, name: s.name, type: 'Service'}] AS services,
  clientGroups, neighbours
