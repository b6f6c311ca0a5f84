// The plan, its source document and its authority: the frame every imported task hangs in.
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
