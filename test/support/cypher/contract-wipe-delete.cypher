// Everything but the marker and the schema version (which the schema step wrote and keeps).
MATCH (n)
WHERE NOT n:SkipgraphContractScratch AND NOT n:SchemaVersion
DETACH DELETE n
