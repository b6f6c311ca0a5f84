// Gives a party a RACI letter on a task; the relationship records that it came from the API.
MATCH (t:Task {key: $task})
MATCH (p:Party {key: $party})
CALL apoc.merge.relationship(p, $type, {}, {source: 'api', locator: 'set by ' + $user + ' at ' + toString(datetime())}, t, {})
  YIELD rel
RETURN count(rel) AS n
