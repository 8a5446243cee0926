// question: Which events does only one outlet report (claims nobody else carries)?
// param: limit: int = 50 -- at most this many events
// columns: event, date, subject, category, object, source, num_articles, num_mentions, first_seen, last_seen, killed, wounded
// stores: neo4j; NetworkX runs the Python implementation (needs WITH and list comprehensions)
//
// The events of the corroborated query (same grouping and counts) that one outlet carries.
// An event is the happened relations (not negated; asserted or reported) with one subject,
// category and object whose dates (their own, else the article's) are within a day of one
// another, chained; its date is the earliest. num_mentions counts relations, num_articles
// documents (near-duplicate copies included), num_sources distinct outlets: the document's
// outlet, else its URL's host without www. and port, else its source, else its id. first_seen
// and last_seen are the first and last publication dates; killed and wounded the casualty
// figures of the latest report that gives them (by publication date, then relation id), never
// a sum. kg/corroboration.py does the same.
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.category IS NOT NULL AND s <> o
  AND NOT coalesce(r.negated, false) AND r.modality IN ["asserted", "reported"]
WITH s, o, r, coalesce(r.date, r.doc_date) AS day
ORDER BY day
WITH s, o, r.category AS category, collect(r) AS reports, collect(day) AS days
WITH s, o, category, reports,
     [i IN range(0, size(days) - 1)
      WHERE i = 0 OR date(days[i]) > date(days[i - 1]) + duration({days: 1}) | days[i]] AS starts
UNWIND reports AS r
WITH s, o, category, r, coalesce(r.date, r.doc_date) AS day, starts
WITH s, o, category, r,
     s.id + "|" + category + "|" + o.id + "|" +
     coalesce(CASE WHEN day IS NULL THEN NULL ELSE last([x IN starts WHERE x <= day]) END,
              "undated") AS event
OPTIONAL MATCH (d:Document) WHERE d.id = r.doc OR d.copy_of = r.doc
WITH s, o, category, r, event, d,
     CASE WHEN d.url CONTAINS "://" THEN
       toLower(split(split(split(d.url, "://")[1], "/")[0], ":")[0]) END AS host
WITH event, s, o, category, r, coalesce(d.id, r.doc) AS article,
     coalesce(d.date, r.doc_date) AS published,
     coalesce(d.outlet,
              CASE WHEN host STARTS WITH "www." THEN substring(host, 4) ELSE host END,
              d.source, coalesce(d.id, r.doc)) AS outlet
WITH event, s, o, category, count(DISTINCT r.id) AS num_mentions,
     count(DISTINCT article) AS num_articles, collect(DISTINCT outlet) AS outlets,
     min(published) AS first_seen, max(published) AS last_seen,
     min(coalesce(r.date, r.doc_date)) AS date,
     collect(DISTINCT CASE WHEN r.killed IS NOT NULL
                      THEN [coalesce(r.doc_date, ""), r.id, r.killed] END) AS kills,
     collect(DISTINCT CASE WHEN r.wounded IS NOT NULL
                      THEN [coalesce(r.doc_date, ""), r.id, r.wounded] END) AS wounds
WHERE size(outlets) = 1
RETURN event, date, s.name AS subject, category, o.name AS object, outlets[0] AS source,
       num_articles, num_mentions, first_seen, last_seen,
       reduce(b = NULL, x IN kills | CASE WHEN b IS NULL OR [x[0], x[1]] > [b[0], b[1]]
                                     THEN x ELSE b END)[2] AS killed,
       reduce(b = NULL, x IN wounds | CASE WHEN b IS NULL OR [x[0], x[1]] > [b[0], b[1]]
                                      THEN x ELSE b END)[2] AS wounded
ORDER BY date, event, subject, category, object, source, num_articles, num_mentions,
         first_seen, last_seen, killed, wounded
LIMIT $limit
