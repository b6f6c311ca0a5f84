// The audit trail, newest first, optionally for one user or one node.
MATCH (e:AuditEvent)
WHERE ($user IS NULL OR e.user = $user)
  AND ($node IS NULL OR EXISTS { (e)-[:CHANGED]->({key: $node}) } OR $node IN e.nodes)
RETURN e.key AS key, toString(e.at) AS at, e.user AS user, e.role AS role, e.operation AS operation,
  e.summary AS summary, e.outcome AS outcome, [(e)-[:CHANGED]->(n) | n.key] AS nodes
ORDER BY e.at DESC
LIMIT $limit
