// Rule alias-duplicate: two nodes that are probably one. This file returns every party, service,
// funding stream and client group with its names; every plan's glossary and every council's names
// come from alias-duplicate/glossaries.cypher and councils.cypher (only what the comparing needs:
// where each node was written and which are linked is read afterwards for the pairs found, by
// alias-duplicate/details.cypher). The comparison is made in
// server/src/analysis/rules/alias-duplicate.ts:
// - two different nodes share a name or alias once case, spacing, punctuation and '&'/'and' are
//   ignored (`H&WB Board` = `H&WBBoard` = `h and wb board`), or a glossary line ties an
//   abbreviation naming one node to a full name naming another;
// - two parties' names are equal once the authority's own names and abbreviations are taken out
//   (`WCC Rough Sleeper Group` / `Rough Sleeper Group`), or differ only in the kind of body
//   (`Health and Wellbeing Board` / `Health and Wellbeing Committee`).
// Nodes already linked to each other (FUNDED_BY, MENTIONS, PROVIDES, PART_OF, MEMBER_OF,
// WORKS_IN: a scheme and its funding stream, a team and its manager) are not reported.
// Why a planner cares: one body counted twice splits its letters and hides its real load; a
// scheme entered as a party gets letters that belong to the service.
// Parameters: none. Data quality is about the whole graph.
// On the seed: the importer made a party 'Discretionary Welfare Assistance Scheme' (DWAS) from
// the glossary and row 14's Consulted cell, while the seed has the service of that name and
// abbreviation: one scheme, two nodes.
// One row per node: one row holding all three lists was decoded byte by byte by the driver (a
// record spanning many network chunks takes its slow path).
MATCH (n:Party)
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Party'][0] AS label, n.name AS name,
  coalesce(n.aliases, []) AS aliases, n.authority AS authority, n.kind AS kind
UNION ALL
MATCH (n:Service)
RETURN n.key AS key, 'Service' AS label, n.name AS name, coalesce(n.aliases, []) AS aliases,
  null AS authority, null AS kind
UNION ALL
MATCH (n:FundingStream)
RETURN n.key AS key, 'FundingStream' AS label, n.name AS name, coalesce(n.aliases, []) AS aliases,
  null AS authority, null AS kind
UNION ALL
MATCH (n:ClientGroup)
RETURN n.key AS key, 'ClientGroup' AS label, n.name AS name, coalesce(n.aliases, []) AS aliases,
  null AS authority, null AS kind
