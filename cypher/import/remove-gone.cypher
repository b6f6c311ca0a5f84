// What each plan no longer has, after its tasks are written: removed tasks with their measures,
// then its objectives that no task sits under any more. One statement for every plan of a batch.
// Parameters: $plans, each {key, removed: task keys, keep: the objective keys the file has}.
UNWIND $plans AS plan
CALL (plan) {
  UNWIND plan.removed AS key
  MATCH (t:Task {key: key})
  OPTIONAL MATCH (t)-[:MEASURED_BY]->(m:Measure)
  DETACH DELETE m, t
}
CALL (plan) {
  MATCH (o:Objective)-[:IN_PLAN]->(:Plan {key: plan.key})
  WHERE NOT (o)<-[:UNDER]-(:Task) AND NOT o.key IN plan.keep
  DETACH DELETE o
}
RETURN count(plan) AS plans
