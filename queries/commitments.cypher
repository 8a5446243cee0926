// question: Which targets, pledges, demands and spending did actors put numbers on?
// param: actor: string = null -- only this actor's (name, id or alias, any case); null for all
// columns: actor, predicate, quantity, value, unit, comparator, date, negated, modality, sentence, doc
// stores: neo4j; NetworkX runs the Python implementation (needs list comprehensions)
//
// TARGET (a goal set), PLEDGE (promised), CALL_FOR (demanded of others), SPEND (spent).
// quantity is the readable label (e.g. "≥3%"), value and unit the number itself.
MATCH (a:Actor)-[r:TARGET|PLEDGE|CALL_FOR|SPEND]->(q:Quantity)
WHERE $actor IS NULL
   OR toLower($actor) IN [toLower(a.id), toLower(a.name)] +
      [alias IN coalesce(a.aliases, []) | toLower(alias)]
RETURN a.name AS actor, type(r) AS predicate, q.label AS quantity, q.value AS value,
       q.unit AS unit, q.comparator AS comparator, coalesce(r.date, r.doc_date) AS date,
       r.negated AS negated, r.modality AS modality, r.sentence AS sentence, r.doc AS doc
ORDER BY actor, predicate, date, value, quantity, unit, comparator, negated, modality,
         sentence, doc
