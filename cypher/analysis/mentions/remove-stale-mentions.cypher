// Removes the mentions linkMentions wrote earlier whose text no longer names the node
// ($current: 'fromKey>toKey' for every mention recognised now). Curated MENTIONS are never touched.
MATCH (x)-[r:MENTIONS {recognisedBy: 'vocabulary'}]->(y)
WHERE NOT (x.key + '>' + y.key) IN $current
DELETE r
RETURN count(*) AS removed
