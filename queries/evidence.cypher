// question: Which sentences and sources say that a subject did something to an object?
// param: subject: string (required) e.g. "Mark Rutte" -- name, id or alias of the subject (any case)
// param: object: string (required) e.g. "Donald Trump" -- name, id or alias of the object, or a quantity as labelled or written ("≥3%", "at least 3%")
// param: predicate: string = null -- only this relation type (e.g. MEET, any case); null for all
// columns: date, predicate, sentence, title, source, url, doc, negated, modality, confidence, rule
// stores: neo4j; NetworkX runs the Python implementation (needs OPTIONAL MATCH)
//
// One row per supporting relation: the sentence it was read from and the article it is in.
MATCH (s:Actor)
WHERE toLower($subject) IN [toLower(s.id), toLower(s.name)] +
      [alias IN coalesce(s.aliases, []) | toLower(alias)]
MATCH (s)-[r]->(o)
WHERE ($predicate IS NULL OR type(r) = toUpper($predicate))
  AND toLower($object) IN [toLower(o.id), toLower(coalesce(o.name, o.label)),
                           toLower(coalesce(o.text, o.id))] +
      [alias IN coalesce(o.aliases, []) | toLower(alias)]
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN coalesce(r.date, r.doc_date) AS date, type(r) AS predicate, r.sentence AS sentence,
       coalesce(r.doc_title, d.title) AS title, d.source AS source,
       coalesce(r.doc_url, d.url) AS url, r.doc AS doc, r.negated AS negated,
       r.modality AS modality, r.confidence AS confidence, r.rule AS rule
ORDER BY date, predicate, sentence, title, source, url, doc, negated, modality, confidence,
         rule
