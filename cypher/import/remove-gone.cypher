// What the plan no longer has, after its tasks are written: removed tasks with their measures,
// then its objectives that no task sits under any more.
CALL () {
  UNWIND $removed AS key
  MATCH (t:Task {key: key})
  OPTIONAL MATCH (t)-[:MEASURED_BY]->(m:Measure)
  DETACH DELETE m, t
}
CALL () {
  MATCH (o:Objective)-[:IN_PLAN]->(:Plan {key: $plan})
  WHERE NOT (o)<-[:UNDER]-(:Task) AND NOT o.key IN $keep
  DETACH DELETE o
}
RETURN $plan AS plan
