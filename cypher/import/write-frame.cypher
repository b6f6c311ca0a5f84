// Everything of a plan but its tasks, in one statement (each statement costs Neo4j a few ms
// whatever it does): the plan, its source document and its authority; the parties and client
// groups it names that the graph did not know; aliases its glossary gives to nodes that exist;
// and its objectives, in the order they first appear.
MERGE (s:Source {key: $source.key})
  ON CREATE SET s.document = $source.document, s.title = $source.title, s.kind = 'plan'
SET s.checksum = $source.checksum
MERGE (council:Organisation:Party {key: $authority.key})
  ON CREATE SET council.name = $authority.name, council.kind = 'council', council.aliases = []
MERGE (council)-[cf:FROM]->(s)
  ON CREATE SET cf.locator = 'authority of the plan'
MERGE (p:Plan {key: $plan.key})
  ON CREATE SET p.title = $plan.title
SET p.authority = $authority.key, p.startYear = $plan.startYear, p.checksum = $source.checksum,
  p.glossary = $plan.glossary
MERGE (p)-[by:BY]->(council)
  ON CREATE SET by.source = s.key, by.locator = 'whole document'
MERGE (p)-[pf:FROM]->(s)
  ON CREATE SET pf.locator = 'whole document'
WITH s, p
// New parties; their labels are chosen per party.
CALL (s) {
  UNWIND $parties AS party
  MERGE (n:Party {key: party.key})
    ON CREATE SET n.name = party.name, n.aliases = party.aliases, n.kind = party.kind, n.authority = party.authority
  WITH n, party, s
  CALL apoc.create.addLabels(n, [party.label]) YIELD node
  MERGE (node)-[f:FROM]->(s)
    ON CREATE SET f.locator = party.locator
}
CALL (s) {
  UNWIND $groups AS g
  MERGE (c:ClientGroup {key: g.key})
    ON CREATE SET c.name = g.name, c.aliases = g.aliases
  MERGE (c)-[f:FROM]->(s)
    ON CREATE SET f.locator = g.locator
}
// Each key is looked up by its label's unique index (a match on {key} alone would scan every node).
CALL () {
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
}
CALL (s, p) {
  UNWIND $objectives AS o
  MERGE (obj:Objective {key: o.key})
  SET obj.title = o.title, obj.order = o.order
  MERGE (obj)-[ip:IN_PLAN]->(p)
  SET ip.source = s.key, ip.locator = o.locator
  MERGE (obj)-[f:FROM]->(s)
  SET f.locator = o.locator
}
RETURN p.key AS plan
