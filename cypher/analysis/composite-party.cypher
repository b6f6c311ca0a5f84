// Rule composite-party: a party whose name is a list of other parties the graph already has:
// `WCC Finance, Property, Planning and Legal services`. server/src/analysis/rules/composite-party.ts
// takes every party's names from alias-duplicate.cypher (read once a run for both rules), splits each name at
// commas, semicolons, 'and' and '&', and reports it when every piece (alone, or with the name's
// last word, 'services') is the name or alias of a different party, two pieces at least.
// Why a planner cares: the letters given to the list belong to each body in it; as one party
// they are counted for nobody, and each body's own view misses the task.
// Parameters: none (data quality is about the whole graph).
// On the seed: 'WCC Finance, Property, Planning and Legal services', which the importer made
// from row 35's Consulted cell, while the seed has the Finance, Property, Planning and Legal
// services as four parties (their aliases come from row 35 itself).
// This file returns, for the parties found ($keys), where each was written and its letters:
// a national body holds thousands of letters, and reading them for every party made the rule
// the slowest at 300 councils.
UNWIND $keys AS key
MATCH (p:Party {key: key})
RETURN key,
  [(p)-[f:FROM]->(s:Source) | {source: s.key, locator: f.locator}] AS from,
  [(p)-[r:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(t:Task) |
    {type: type(r), row: toInteger(t.row), title: t.title, source: r.source, locator: r.locator}] AS letters
