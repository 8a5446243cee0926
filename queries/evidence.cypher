// question: Which sentences and sources say that a subject did something to an object?
// param: subject: string (required) e.g. "Mark Rutte" -- name, id or alias of the subject (any case)
// param: object: string (required) e.g. "Donald Trump" -- name, id or alias of the object, or a quantity as labelled or written ("≥3%", "at least 3%")
// param: predicate: string = null -- only this relation type (e.g. MEET, any case); null for all
// param: event: string = null -- only the reports of this event (an id from corroborated or single_source); null for all
// columns: date, predicate, sentence, title, source, url, doc, negated, modality, confidence, rule, event, outlet
// stores: neo4j; NetworkX runs the Python implementation (needs OPTIONAL MATCH)
//
// One row per supporting relation: the sentence it was read from and the article it is in,
// the event it reports (grouped as the corroborated query groups them; null for what is not
// an event that happened) and the outlet that published it (outlet, else the URL's host,
// else the source, else the document id).
MATCH (s:Actor)
WHERE toLower($subject) IN [toLower(s.id), toLower(s.name)] +
      [alias IN coalesce(s.aliases, []) | toLower(alias)]
MATCH (s)-[r]->(o)
WHERE ($predicate IS NULL OR type(r) = toUpper($predicate))
  AND toLower($object) IN [toLower(o.id), toLower(coalesce(o.name, o.label)),
                           toLower(coalesce(o.text, o.id))] +
      [alias IN coalesce(o.aliases, []) | toLower(alias)]
WITH s, r, o,
     r.category IS NOT NULL AND o:Actor AND s <> o AND NOT coalesce(r.negated, false)
     AND r.modality IN ["asserted", "reported"] AS reportable,
     coalesce(r.date, r.doc_date) AS day
CALL {
  WITH s, r, o, reportable
  OPTIONAL MATCH (s)-[x]->(o)
  WHERE reportable AND x.category = r.category AND NOT coalesce(x.negated, false)
    AND x.modality IN ["asserted", "reported"]
  WITH coalesce(x.date, x.doc_date) AS other
  ORDER BY other
  RETURN collect(other) AS days
}
WITH s, r, o, day, days,
     CASE WHEN NOT reportable THEN NULL ELSE
       s.id + "|" + r.category + "|" + o.id + "|" +
       coalesce(CASE WHEN day IS NULL THEN NULL ELSE
                  last([i IN range(0, size(days) - 1)
                        WHERE (i = 0 OR date(days[i]) > date(days[i - 1]) + duration({days: 1}))
                          AND days[i] <= day | days[i]]) END, "undated") END AS event
WHERE $event IS NULL OR event = $event
OPTIONAL MATCH (d:Document {id: r.doc})
WITH r, day, event, d,
     CASE WHEN d.url CONTAINS "://" THEN
       toLower(split(split(split(d.url, "://")[1], "/")[0], ":")[0]) END AS host
RETURN day AS date, type(r) AS predicate, r.sentence AS sentence,
       coalesce(r.doc_title, d.title) AS title, d.source AS source,
       coalesce(r.doc_url, d.url) AS url, r.doc AS doc, r.negated AS negated,
       r.modality AS modality, r.confidence AS confidence, r.rule AS rule, event,
       coalesce(d.outlet, CASE WHEN host STARTS WITH "www." THEN substring(host, 4) ELSE host END,
                d.source, r.doc) AS outlet
ORDER BY date, predicate, sentence, title, source, url, doc, negated, modality, confidence,
         rule, event, outlet
