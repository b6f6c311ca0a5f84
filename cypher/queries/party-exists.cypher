// A party by key, with the council it belongs to (null when shared).
MATCH (p:Party {key: $key})
RETURN p.key AS key, p.authority AS authority
