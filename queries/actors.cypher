// question: Which actors does the graph know, by part of their name?
// param: name: string = "" -- part of the name to look for (any case); "" lists every actor
// columns: name, id, type, country
// stores: both (identical)
MATCH (a:Actor)
WHERE toLower(a.name) CONTAINS toLower($name)
RETURN a.name AS name, a.id AS id, a.type AS type, a.country AS country
ORDER BY name, id
