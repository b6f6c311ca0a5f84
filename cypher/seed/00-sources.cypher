// The three documents every seed fact is drawn from. Every other seed node
// points at one of these with (n)-[:FROM {locator}]->(Source).
// Source nodes are the provenance itself, so they carry no FROM of their own.
// Conventions for all seed files (cypher/MODEL.md):
//   keys: slug = lower case, '&' -> 'and', anything else not a letter or digit
//   -> '-', runs of '-' collapsed to one, trimmed; abbreviation keys only where
//   MODEL.md shows one (board:wshog, service:nsno, funding:rsi) or a name is
//   unstable (org:dluhc).
//   plan locators: 'row N' = 1-based line number in the .tsv file.
//   document locators: the heading, then the bullet, then 'line N' of the .txt.
//   every relationship carries source (Source key) and locator.
//   statutory: true only where a document says statutory; false means the
//   documents do not call the service statutory.

MERGE (s:Source {key: 'source:worcester-cares-working-with-other-charities'})
SET s += {
  document: 'worcester-cares-working-with-other-charities.txt',
  title: 'Working with Other Charities',
  kind: 'document'
};

MERGE (s:Source {key: 'source:strategic-housing-and-community-activity-service'})
SET s += {
  document: 'strategic-housing-and-community-activity-service.txt',
  title: 'Strategic Housing & Community Activity Service',
  kind: 'document'
};

// The action plan's tasks are loaded by the importer, which runs after the seed.
MERGE (s:Source {key: 'source:worcester-homelessness-action-plan'})
SET s += {
  document: 'worcester-homelessness-action-plan.tsv',
  title: 'Homelessness and Rough Sleeping Action Plan',
  kind: 'plan'
};
