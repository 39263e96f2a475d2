// How many nodes other than the scratch marker and the schema version a database holds, and
// whether it carries the marker: the contract suite wipes only an empty database or its own.
OPTIONAL MATCH (m:SkipgraphContractScratch)
WITH count(m) AS marked
OPTIONAL MATCH (n)
WHERE NOT n:SkipgraphContractScratch AND NOT n:SchemaVersion
RETURN marked, count(n) AS nodes
