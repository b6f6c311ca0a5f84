// Merges party $merge into party $keep: every relationship moves across (duplicates folded),
// the merged party's name and aliases become aliases of the kept one, and the kept one keeps
// its own labels and key. Nothing else is lost: the merged key is kept in `mergedKeys`.
MATCH (keep:Party {key: $keep}), (gone:Party {key: $merge})
WITH keep, gone, labels(keep) AS keepLabels,
  [a IN coalesce(keep.aliases, []) + [gone.name] + coalesce(gone.aliases, []) WHERE a <> keep.name] AS aliases,
  coalesce(keep.mergedKeys, []) + [gone.key] + coalesce(gone.mergedKeys, []) AS mergedKeys,
  COUNT { (gone)--() } AS moved,
  keep.name AS name, keep.key AS key
CALL apoc.refactor.mergeNodes([keep, gone], {properties: 'discard', mergeRels: true}) YIELD node
WITH node, keepLabels, aliases, mergedKeys, moved, name, key
CALL apoc.create.removeLabels(node, [l IN labels(node) WHERE NOT l IN keepLabels]) YIELD node AS kept
SET kept.aliases = apoc.coll.toSet(aliases), kept.mergedKeys = mergedKeys, kept.name = name, kept.key = key
RETURN kept.key AS key, kept.name AS name, kept.aliases AS aliases, moved AS movedRelationships
