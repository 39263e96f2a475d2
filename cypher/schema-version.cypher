OPTIONAL MATCH (v:SchemaVersion {name: 'skipgraph'})
RETURN v.version AS version
