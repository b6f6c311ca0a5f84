// The evidence pack's current provision: the services in scope with who provides them, who they
// are for and what funds them; the funding streams; the pathways.
// In scope: with a client group, the services that serve it or that its tasks name, and the
// pathways for it; with an objective, the services its tasks name and the pathways through
// them; for a whole plan, every service that serves someone or that a task names, and every
// pathway. Funding streams: those paying for the services in scope and those the tasks name.
// With a council ($authority: a plan's pack), only its network's services, streams and
// pathways are listed, and a stream lists only the network's services it pays for: another
// council's own are left out by their keys, which carry their council (MODEL.md; with the
// country loaded every council has its own "Rent Deposit Scheme"), and the shared ones tied
// only to other councils by $elsewhere (council-network.ts). Left out before the streams are
// found, so another county's scheme does not bring its stream into the pack.
// Parameters: $taskKeys (the tasks in scope), $clientGroup, $objective, $authority, $elsewhere
// (the council network's `elsewhere` keys; empty without a council).
WITH [k IN $taskKeys | k] AS taskKeys,
  // A key's council ('service:<council-slug>/…'), as councilOfKey in council-pairs.ts reads it.
  CASE WHEN $authority IS NULL THEN null ELSE substring($authority, size('org:')) + '/' END AS own
CALL (taskKeys, own) {
  MATCH (s:Service)
  WHERE ($clientGroup IS NOT NULL AND EXISTS { (s)-[:SERVES]->(:ClientGroup {key: $clientGroup}) })
     OR EXISTS { (t:Task)-[:MENTIONS]->(s) WHERE t.key IN taskKeys }
     OR EXISTS { (t:Task)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(s) WHERE t.key IN taskKeys }
     OR ($clientGroup IS NULL AND $objective IS NULL AND EXISTS { (s)-[:SERVES]->(:ClientGroup) })
  WITH s, split(s.key, ':')[1] AS body
  WHERE (own IS NULL OR NOT body CONTAINS '/' OR body STARTS WITH own) AND NOT s.key IN $elsewhere
  RETURN collect(s) AS services
}
CALL (taskKeys, services, own) {
  MATCH (f:FundingStream)
  WHERE EXISTS { (s:Service)-[:FUNDED_BY]->(f) WHERE s IN services }
     OR EXISTS { (t:Task)-[:MENTIONS]->(f) WHERE t.key IN taskKeys }
     OR EXISTS { (t:Task)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(f) WHERE t.key IN taskKeys }
  WITH f, split(f.key, ':')[1] AS body
  WHERE (own IS NULL OR NOT body CONTAINS '/' OR body STARTS WITH own) AND NOT f.key IN $elsewhere
  RETURN collect(f) AS funding
}
CALL (services, own) {
  MATCH (p:Pathway)
  WHERE ($clientGroup IS NOT NULL AND EXISTS { (p)-[:FOR]->(:ClientGroup {key: $clientGroup}) })
     OR ($clientGroup IS NULL AND $objective IS NULL)
     OR ($clientGroup IS NULL AND EXISTS { (p)-[:STEP]->(s) WHERE s IN services })
  WITH p, split(p.key, ':')[1] AS body
  WHERE (own IS NULL OR NOT body CONTAINS '/' OR body STARTS WITH own) AND NOT p.key IN $elsewhere
  RETURN collect(p) AS pathways
}
RETURN
  [s IN services | {
    key: s.key, name: s.name, description: s.description, statutory: coalesce(s.statutory, false),
    clientGroups: apoc.coll.sort([(s)-[:SERVES]->(g:ClientGroup) | g.name]),
    providers: apoc.coll.sort([(p)-[:PROVIDES]->(s) | p.name]),
    funding: apoc.coll.sort([(s)-[:FUNDED_BY]->(f:FundingStream) | f.name]),
    source: head([(s)-[r:FROM]->(src:Source) | src.key]),
    locator: head([(s)-[r:FROM]->(:Source) | r.locator])
  }] AS services,
  [f IN funding | {
    key: f.key, name: f.name, aliases: coalesce(f.aliases, []), description: f.description,
    funds: apoc.coll.sort([(s:Service)-[:FUNDED_BY]->(f)
      WHERE (own IS NULL OR NOT split(s.key, ':')[1] CONTAINS '/' OR split(s.key, ':')[1] STARTS WITH own)
        AND NOT s.key IN $elsewhere
      | s.name]),
    source: head([(f)-[r:FROM]->(src:Source) | src.key]),
    locator: head([(f)-[r:FROM]->(:Source) | r.locator])
  }] AS fundingStreams,
  [p IN pathways | {
    key: p.key, name: p.name, description: p.description,
    clientGroups: apoc.coll.sort([(p)-[:FOR]->(g:ClientGroup) | g.name]),
    steps: [x IN apoc.coll.sortMaps([(p)-[st:STEP]->(n) | {order: st.order, name: n.name}], '^order') | x.name]
  }] AS pathways
