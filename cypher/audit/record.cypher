// One entry of the audit trail: who did what, when, to which nodes.
CREATE (e:AuditEvent {key: $event.key, at: datetime(), user: $event.user, role: $event.role,
  operation: $event.operation, summary: $event.summary, outcome: $event.outcome, variables: $event.variables})
WITH e
UNWIND (CASE WHEN $event.nodes = [] THEN [null] ELSE $event.nodes END) AS nodeKey
OPTIONAL MATCH (n {key: nodeKey}) WHERE NOT n:AuditEvent
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | MERGE (e)-[:CHANGED]->(n))
RETURN DISTINCT e.key AS key
