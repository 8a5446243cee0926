// question: What did an actor say happened (relations attributed to it)?
// param: actor: string (required) e.g. "Dmitry Peskov" -- name, id or alias of the speaker (any case)
// columns: speaker, date, subject, predicate, object, category, negated, modality, sentence, doc
// stores: neo4j; NetworkX runs the Python implementation (needs list comprehensions)
//
// Relations whose sentence attributes them to the actor ("..., Peskov said").
MATCH (speaker:Actor)
WHERE toLower($actor) IN [toLower(speaker.id), toLower(speaker.name)] +
      [alias IN coalesce(speaker.aliases, []) | toLower(alias)]
MATCH (s:Actor)-[r]->(o)
WHERE r.attributed_to = speaker.id
RETURN speaker.name AS speaker, coalesce(r.date, r.doc_date) AS date, s.name AS subject,
       type(r) AS predicate, coalesce(o.name, o.label) AS object, r.category AS category,
       r.negated AS negated, r.modality AS modality, r.sentence AS sentence, r.doc AS doc
ORDER BY speaker, date, subject, predicate, object, category, negated, modality, sentence, doc
