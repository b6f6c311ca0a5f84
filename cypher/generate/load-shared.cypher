// The national and county bodies and funding streams the generated plans share: made once,
// before any plan, with global keys (as cypher/seed/40-parties.cypher makes Worcester's).
// ON CREATE only: a party the seed already holds (DLUHC, PLE) keeps its curated properties.
MERGE (s:Source {key: $source.key})
  ON CREATE SET s.document = $source.document, s.title = $source.title, s.kind = 'document'
WITH s
CALL (s) {
  UNWIND $parties AS p
  MERGE (n:Party {key: p.key})
    ON CREATE SET n.name = p.name, n.aliases = p.aliases, n.kind = p.kind
  FOREACH (_ IN CASE WHEN p.label = 'Organisation' THEN [1] ELSE [] END | SET n:Organisation)
  FOREACH (_ IN CASE WHEN p.label = 'Board' THEN [1] ELSE [] END | SET n:Board)
  FOREACH (_ IN CASE WHEN p.label = 'Role' THEN [1] ELSE [] END | SET n:Role)
  MERGE (n)-[f:FROM]->(s) ON CREATE SET f.locator = 'shared parties', f.source = s.key
}
CALL (s) {
  UNWIND $funding AS fs
  MERGE (n:FundingStream {key: fs.key})
    ON CREATE SET n.name = fs.name, n.aliases = fs.aliases, n.description = fs.description
  MERGE (n)-[f:FROM]->(s) ON CREATE SET f.locator = 'funding streams', f.source = s.key
}
RETURN s.key AS source
