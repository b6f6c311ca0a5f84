// Tasks the plan no longer has, with their measures; then objectives of the plan left with no task.
UNWIND $keys AS key
MATCH (t:Task {key: key})
OPTIONAL MATCH (t)-[:MEASURED_BY]->(m:Measure)
DETACH DELETE m, t
