// What the importer resolves a plan's names against: every party, client group, service and
// funding stream with its names and aliases, and the councils a plan may belong to.
CALL () {
  MATCH (p:Party)
  RETURN collect({
    key: p.key, name: p.name, aliases: coalesce(p.aliases, []), authority: p.authority, kind: p.kind,
    label: CASE WHEN p:Role THEN 'Role' WHEN p:Board THEN 'Board' ELSE 'Organisation' END
  }) AS parties
}
CALL () {
  MATCH (c:ClientGroup)
  RETURN collect({key: c.key, name: c.name, aliases: coalesce(c.aliases, []), authority: null}) AS clientGroups
}
CALL () {
  MATCH (s:Service|FundingStream)
  RETURN collect({key: s.key, name: s.name, aliases: coalesce(s.aliases, []), authority: null}) AS provision
}
CALL () {
  MATCH (o:Organisation {kind: 'council'})
  RETURN collect({key: o.key, name: o.name, aliases: coalesce(o.aliases, []), authority: null}) AS councils
}
RETURN parties, clientGroups, provision, councils
