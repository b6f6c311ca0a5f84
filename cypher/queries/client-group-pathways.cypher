// The pathways of one client group (by key or name), each step in order with who provides it.
MATCH (c:ClientGroup)
WHERE c.key = $clientGroup OR toLower(c.name) = toLower($clientGroup)
MATCH (c)<-[:FOR]-(pw:Pathway)
CALL (pw) {
  MATCH (pw)-[s:STEP]->(n)
  WITH n, s ORDER BY s.order
  RETURN collect({
    order: s.order, key: n.key, name: coalesce(n.name, n.title), type: [l IN labels(n) WHERE l <> 'Party'][0],
    providers: [(prov)-[:PROVIDES]->(n) | {key: prov.key, name: prov.name, type: [l IN labels(prov) WHERE l <> 'Party'][0]}]
  }) AS steps
}
RETURN pw.key AS key, pw.name AS name, pw.description AS description, steps
ORDER BY name
