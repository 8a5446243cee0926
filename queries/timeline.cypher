// question: What did an actor do, and what was done to it, in date order?
// param: actor: string (required) e.g. "Donald Trump" -- name, id or alias of the actor (any case)
// param: since: date = null -- only relations dated on or after this ISO date
// param: until: date = null -- only relations dated on or before this ISO date
// param: limit: int = 200 -- at most this many rows
// columns: date, subject, predicate, object, category, goldstein, negated, modality, title, sentence
// stores: neo4j; NetworkX runs the Python implementation (needs WITH)
//
// Every relation with the actor as subject or object, events and roles alike, negated and
// intended ones too (the negated and modality columns say so). Undated relations come last.
MATCH (a:Actor)
WHERE toLower($actor) IN [toLower(a.id), toLower(a.name)] +
      [alias IN coalesce(a.aliases, []) | toLower(alias)]
MATCH (a)-[r]-()
WITH DISTINCT r
MATCH (s)-[r]->(o)
WITH s, r, o, coalesce(r.date, r.doc_date) AS day
WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
RETURN day AS date, s.name AS subject, type(r) AS predicate, coalesce(o.name, o.label) AS object,
       r.category AS category, r.goldstein AS goldstein, r.negated AS negated,
       r.modality AS modality, r.doc_title AS title, r.sentence AS sentence
ORDER BY date, subject, predicate, object, category, goldstein, negated, modality, title, sentence
LIMIT $limit
