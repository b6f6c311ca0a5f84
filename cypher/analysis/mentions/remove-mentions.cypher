// Removes the mentions linkMentions wrote earlier whose text no longer names the node ($stale:
// {from, to} for each, worked out by linkMentions against read-mentions.cypher). Curated
// MENTIONS are never touched.
UNWIND $stale AS s
MATCH (x:Task|Measure|Service {key: s.from})-[r:MENTIONS {recognisedBy: 'vocabulary'}]->(y {key: s.to})
DELETE r
RETURN count(*) AS removed
