// Rule no-lived-experience: the principle the findings break (Worcester Cares: "we involve
// people with lived experience ... in the on-going development of the system"), read once a run
// and added to every finding's evidence.
MATCH (pr:Principle) WHERE pr.key ENDS WITH '/involve-people-with-lived-experience'
RETURN 'Principle: ' + pr.text AS description, head([(pr)-[:FROM]->(s:Source) | s.key]) AS source,
  head([(pr)-[f:FROM]->(:Source) | f.locator]) AS locator
ORDER BY pr.key
