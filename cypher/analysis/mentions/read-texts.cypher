// The texts linkMentions reads: task titles, measure texts and service descriptions, with their
// keys. Where each was written is read afterwards for the texts that gain a mention only
// (read-text-sources.cypher): at 300 councils that is a few texts after an import, not 25,000.
CALL () {
  MATCH (t:Task)
  RETURN t.key AS key, t.title AS text
  UNION ALL
  MATCH (m:Measure)
  RETURN m.key AS key, m.text AS text
  UNION ALL
  MATCH (v:Service) WHERE v.description IS NOT NULL
  RETURN v.key AS key, v.description AS text
}
RETURN key, text
