// The MENTIONS already in the graph, so that linkMentions writes only what is new and removes
// only what is stale (and nothing at all when no text changed): every (text)-[:MENTIONS]->(node)
// with whether linkMentions wrote it (`recognisedBy: 'vocabulary'`) or it was curated.
MATCH (x)-[r:MENTIONS]->(y)
RETURN x.key AS from, y.key AS to, coalesce(r.recognisedBy = 'vocabulary', false) AS recognised
