// Client groups the plan names that the graph did not know.
UNWIND $groups AS g
MERGE (c:ClientGroup {key: g.key})
  ON CREATE SET c.name = g.name, c.aliases = g.aliases
WITH c, g
MATCH (s:Source {key: $source})
MERGE (c)-[f:FROM]->(s)
  ON CREATE SET f.locator = g.locator
