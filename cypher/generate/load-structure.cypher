// Generated authorities' curated structure, the part a plan file cannot carry: each council, its
// own posts, teams and boards, local charities, service areas, services with their providers,
// client groups and funding, pathways step by step, and who works in, reports to or sits on what.
// Loaded before the authorities' plans, so the importer matches the plans' names to these parties.
// $authorities: a batch of structures as written by the generator (one UNWIND, one transaction).
UNWIND $authorities AS a
MERGE (s:Source {key: a.source.key})
  ON CREATE SET s.document = a.source.document, s.title = a.source.title, s.kind = 'document'
MERGE (c:Party {key: a.authority.key})
  ON CREATE SET c.name = a.authority.name, c.aliases = a.authority.aliases, c.kind = 'council'
SET c:Organisation
MERGE (c)-[cf:FROM]->(s) ON CREATE SET cf.locator = 'the council', cf.source = s.key
WITH a, s
CALL (a, s) {
  UNWIND a.parties AS p
  MERGE (n:Party {key: p.key})
    ON CREATE SET n.name = p.name, n.aliases = p.aliases, n.kind = p.kind, n.authority = p.authority
  FOREACH (_ IN CASE WHEN p.label = 'Organisation' THEN [1] ELSE [] END | SET n:Organisation)
  FOREACH (_ IN CASE WHEN p.label = 'Board' THEN [1] ELSE [] END | SET n:Board)
  FOREACH (_ IN CASE WHEN p.label = 'Role' THEN [1] ELSE [] END | SET n:Role)
  MERGE (n)-[f:FROM]->(s) ON CREATE SET f.locator = 'parties', f.source = s.key
}
CALL (a, s) {
  UNWIND a.serviceAreas AS area
  MERGE (n:ServiceArea {key: area.key}) ON CREATE SET n.name = area.name
  MERGE (n)-[f:FROM]->(s) ON CREATE SET f.locator = 'service areas', f.source = s.key
}
CALL (a, s) {
  UNWIND a.links AS l
  OPTIONAL MATCH (ap:Party {key: l[0]})
  OPTIONAL MATCH (aa:ServiceArea {key: l[0]})
  OPTIONAL MATCH (bp:Party {key: l[2]})
  OPTIONAL MATCH (ba:ServiceArea {key: l[2]})
  WITH coalesce(ap, aa) AS fromNode, coalesce(bp, ba) AS toNode, l, s
  WHERE fromNode IS NOT NULL AND toNode IS NOT NULL
  CALL apoc.merge.relationship(fromNode, l[1], {}, {source: s.key, locator: 'structure'}, toNode, {}) YIELD rel
  RETURN count(rel) AS links
}
CALL (a, s) {
  UNWIND a.services AS sv
  MERGE (n:Service {key: sv.key})
    ON CREATE SET n.name = sv.name, n.description = sv.description, n.statutory = sv.statutory, n.aliases = []
  MERGE (n)-[f:FROM]->(s) ON CREATE SET f.locator = 'services', f.source = s.key
  WITH n, sv, s
  CALL (n, sv, s) {
    UNWIND sv.providers AS pk
    OPTIONAL MATCH (pp:Party {key: pk})
    OPTIONAL MATCH (pa:ServiceArea {key: pk})
    WITH coalesce(pp, pa) AS provider, n, s WHERE provider IS NOT NULL
    MERGE (provider)-[r:PROVIDES]->(n) ON CREATE SET r.source = s.key, r.locator = 'services'
  }
  CALL (n, sv, s) {
    UNWIND sv.clientGroups AS gk
    MATCH (g:ClientGroup {key: gk})
    MERGE (n)-[r:SERVES]->(g) ON CREATE SET r.source = s.key, r.locator = 'services'
  }
  CALL (n, sv, s) {
    UNWIND sv.funding AS fk
    MATCH (fs:FundingStream {key: fk})
    MERGE (n)-[r:FUNDED_BY]->(fs) ON CREATE SET r.source = s.key, r.locator = 'services'
  }
}
CALL (a, s) {
  UNWIND a.pathways AS pw
  MERGE (n:Pathway {key: pw.key}) ON CREATE SET n.name = pw.name, n.description = pw.description
  MERGE (n)-[f:FROM]->(s) ON CREATE SET f.locator = 'pathways', f.source = s.key
  WITH n, pw, s
  CALL (n, pw, s) {
    UNWIND pw.clientGroups AS gk
    MATCH (g:ClientGroup {key: gk})
    MERGE (n)-[r:FOR]->(g) ON CREATE SET r.source = s.key, r.locator = 'pathways'
  }
  CALL (n, pw, s) {
    UNWIND range(0, size(pw.steps) - 1) AS i
    MATCH (step:Service {key: pw.steps[i]})
    MERGE (n)-[r:STEP {order: i + 1}]->(step) ON CREATE SET r.source = s.key, r.locator = 'pathways'
  }
}
RETURN count(a) AS authorities
