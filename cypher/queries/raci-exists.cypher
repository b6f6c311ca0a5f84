// Whether a party already holds a letter (relationship type $type) on a task.
MATCH (:Party {key: $party})-[r]->(:Task {key: $task})
WHERE type(r) = $type
RETURN count(r) AS n
