// Objectives of a plan that no task sits under any more (after a re-import removed them).
MATCH (o:Objective)-[:IN_PLAN]->(:Plan {key: $plan})
WHERE NOT (o)<-[:UNDER]-(:Task) AND NOT o.key IN $keep
DETACH DELETE o
RETURN count(*) AS removed
