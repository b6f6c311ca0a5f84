// The vocabulary linkMentions recognises in texts: every client group, service, funding stream
// and party, by name and aliases. A council's aliases that name a place rather than the body
// ('Worcester City') are left out: 'in Worcester City' names the city, not the council.
CALL () {
  MATCH (g:ClientGroup)
  RETURN g.key AS key, 'ClientGroup' AS label, g.name AS name, [g.name] + coalesce(g.aliases, []) AS terms
  UNION ALL
  MATCH (s:Service)
  RETURN s.key AS key, 'Service' AS label, s.name AS name, [s.name] + coalesce(s.aliases, []) AS terms
  UNION ALL
  MATCH (f:FundingStream)
  RETURN f.key AS key, 'FundingStream' AS label, f.name AS name, [f.name] + coalesce(f.aliases, []) AS terms
  UNION ALL
  MATCH (p:Party)
  RETURN p.key AS key, [l IN labels(p) WHERE l <> 'Party'][0] AS label, p.name AS name,
    [p.name] + [a IN coalesce(p.aliases, [])
      WHERE coalesce(p.kind, '') <> 'council' OR a CONTAINS 'Council' OR a =~ '[A-Z&]+'] AS terms
}
RETURN key, label, name, terms
ORDER BY key
