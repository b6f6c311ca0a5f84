// Aliases learnt from the plan's glossary for nodes that already exist. Each key is looked up by
// its label's unique index (a match on {key} alone would scan every node in the graph).
UNWIND $additions AS addition
CALL (addition) {
  MATCH (n:Party {key: addition.key}) RETURN n
  UNION
  MATCH (n:ClientGroup {key: addition.key}) RETURN n
  UNION
  MATCH (n:Service {key: addition.key}) RETURN n
  UNION
  MATCH (n:FundingStream {key: addition.key}) RETURN n
}
SET n.aliases = coalesce(n.aliases, []) + [a IN addition.aliases WHERE NOT a IN coalesce(n.aliases, [])]
