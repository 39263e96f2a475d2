MERGE (v:SchemaVersion {name: 'skipgraph'})
SET v.version = $version
