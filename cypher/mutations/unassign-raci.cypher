// Takes a RACI letter away from a party on a task.
MATCH (:Party {key: $party})-[r]->(:Task {key: $task})
WHERE type(r) = $type
DELETE r
RETURN count(r) AS n
