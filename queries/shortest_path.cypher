// question: How are two actors connected (every shortest chain of actors between them)?
// param: a: string (required) e.g. "Mark Rutte" -- name, id or alias of one actor (any case)
// param: b: string (required) e.g. "Xi Jinping" -- name, id or alias of the other
// columns: hops, path, links
// stores: neo4j; NetworkX runs the Python implementation (needs allShortestPaths)
//
// Chains run through actors only (never through a quantity) along relations in either
// direction, at most 10 hops, ignoring negated relations ("did not meet" connects no one).
// One row per distinct chain: path lists the actors' names, links the relation types
// joining each consecutive pair (sorted).
MATCH (a:Actor)
WHERE toLower($a) IN [toLower(a.id), toLower(a.name)] +
      [alias IN coalesce(a.aliases, []) | toLower(alias)]
MATCH (b:Actor)
WHERE toLower($b) IN [toLower(b.id), toLower(b.name)] +
      [alias IN coalesce(b.aliases, []) | toLower(alias)]
  AND a <> b
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE all(n IN nodes(p) WHERE n:Actor)
  AND none(r IN relationships(p) WHERE coalesce(r.negated, false))
WITH DISTINCT nodes(p) AS chain
RETURN size(chain) - 1 AS hops, [n IN chain | n.name] AS path,
       [i IN range(0, size(chain) - 2) |
        COLLECT { MATCH (x)-[r]-(y) WHERE x = chain[i] AND y = chain[i + 1]
                  AND NOT coalesce(r.negated, false)
                  RETURN DISTINCT type(r) AS link ORDER BY link }] AS links
ORDER BY hops, path, links
