// One full-text index over everything a person might type into the search box: names,
// titles, texts and aliases (so "HWOT" finds the Housing and Welfare Options Team).
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Organisation|Board|Role|ClientGroup|Task|Objective|Measure|Service|ServiceArea|FundingStream|Pathway|Principle|Ward)
ON EACH [n.name, n.title, n.text, n.aliases, n.description];
