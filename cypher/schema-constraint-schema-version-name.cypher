CREATE CONSTRAINT schema_version_name IF NOT EXISTS
FOR (n:SchemaVersion) REQUIRE n.name IS UNIQUE
