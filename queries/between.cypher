// question: What passed between two actors, in either direction, over time?
// param: a: string (required) e.g. "Donald Trump" -- name, id or alias of one actor (any case)
// param: b: string (required) e.g. "Vladimir Putin" -- name, id or alias of the other
// param: limit: int = 200 -- at most this many rows
// columns: date, subject, predicate, object, category, quad_class, goldstein, negated, modality, sentence, doc
// stores: neo4j; NetworkX runs the Python implementation (needs WITH)
//
// Every relation joining the two, whichever is the subject; negated and intended ones too.
// Undated relations come last.
MATCH (a:Actor)
WHERE toLower($a) IN [toLower(a.id), toLower(a.name)] +
      [alias IN coalesce(a.aliases, []) | toLower(alias)]
MATCH (b:Actor)
WHERE toLower($b) IN [toLower(b.id), toLower(b.name)] +
      [alias IN coalesce(b.aliases, []) | toLower(alias)]
MATCH (a)-[r]-(b)
WITH DISTINCT r
MATCH (s)-[r]->(o)
RETURN coalesce(r.date, r.doc_date) AS date, s.name AS subject, type(r) AS predicate,
       o.name AS object, r.category AS category, r.quad_class AS quad_class,
       r.goldstein AS goldstein, r.negated AS negated, r.modality AS modality,
       r.sentence AS sentence, r.doc AS doc
ORDER BY date, subject, predicate, object, category, quad_class, goldstein, negated, modality,
         sentence, doc
LIMIT $limit
