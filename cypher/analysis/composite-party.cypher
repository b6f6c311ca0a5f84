// Rule composite-party: a party whose name is a list of other parties the graph already has:
// `WCC Finance, Property, Planning and Legal services`. This file returns every party with its
// names, letters and sources; server/src/analysis/rules/composite-party.ts splits each name at
// commas, semicolons, 'and' and '&', and reports it when every piece (alone, or with the name's
// last word, 'services') is the name or alias of a different party, two pieces at least.
// Why a planner cares: the letters given to the list belong to each body in it; as one party
// they are counted for nobody, and each body's own view misses the task.
// Parameters: none (data quality is about the whole graph).
// On the seed: 'WCC Finance, Property, Planning and Legal services', which the importer made
// from row 35's Consulted cell, while the seed has the Finance, Property, Planning and Legal
// services as four parties (their aliases come from row 35 itself).
// Every party's names are needed to resolve the pieces, but sources and letters only for a name
// that could be a list (a comma, semicolon, '&' or the word 'and'): a national body holds
// thousands of letters, and sending them all made the rule the slowest at 300 councils.
MATCH (p:Party)
WITH p, p.name =~ '(?is).*(,|;|&|\\band\\b).*' AS couldBeList
RETURN p.key AS key, [l IN labels(p) WHERE l <> 'Party'][0] AS label, p.name AS name,
  coalesce(p.aliases, []) AS aliases,
  CASE WHEN couldBeList THEN [(p)-[f:FROM]->(s:Source) | {source: s.key, locator: f.locator}]
    ELSE [] END AS from,
  CASE WHEN couldBeList THEN [(p)-[r:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(t:Task) |
    {type: type(r), row: toInteger(t.row), title: t.title, source: r.source, locator: r.locator}]
    ELSE [] END AS letters
ORDER BY key
