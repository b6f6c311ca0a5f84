// Rule alias-duplicate: each council's names (its name and aliases), one row per council: a
// party's name less its council's (`WCC Rough Sleeper Group`) is compared too.
MATCH (c:Organisation {kind: 'council'})
RETURN c.key AS key, [c.name] + coalesce(c.aliases, []) AS names
