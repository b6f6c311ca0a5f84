// The first read of an import: the councils a plan may belong to, and what an earlier import of
// the same file made (its plan's key, title, council and start year), so the importer can choose
// the plan's council before it reads anything else. Cheap: councils and plans are few.
// Parameters: $source (the Source key of the file).
CALL () {
  MATCH (o:Organisation {kind: 'council'})
  RETURN collect({key: o.key, name: o.name, aliases: coalesce(o.aliases, []), authority: null}) AS councils
}
CALL () {
  OPTIONAL MATCH (p:Plan)-[:FROM]->(:Source {key: $source})
  RETURN p {.key, .title, .authority, .startYear} AS previous
  LIMIT 1
}
RETURN councils, previous
