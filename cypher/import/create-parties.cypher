// Parties the plan names that the graph did not know; labels are chosen per batch.
UNWIND $parties AS party
MERGE (p:Party {key: party.key})
  ON CREATE SET p.name = party.name, p.aliases = party.aliases, p.kind = party.kind, p.authority = party.authority
WITH p, party
CALL apoc.create.addLabels(p, [party.label]) YIELD node
WITH node, party
MATCH (s:Source {key: $source})
MERGE (node)-[f:FROM]->(s)
  ON CREATE SET f.locator = party.locator
