// Full-text search for the search box: parties, tasks, services, client groups and the rest,
// aliases included, best match first. $query is a Lucene query built by the server from the
// words typed (each escaped; the last one as a prefix, so suggestions appear while typing).
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Party'][0] AS type
WHERE $types IS NULL OR type IN $types
RETURN node.key AS key, type,
  coalesce(node.name, node.title, node.text) AS name,
  [a IN coalesce(node.aliases, []) WHERE toLower(a) CONTAINS toLower($text)][0] AS matched,
  score
ORDER BY score DESC, name
LIMIT $limit
