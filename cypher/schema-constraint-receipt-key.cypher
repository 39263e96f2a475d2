CREATE CONSTRAINT receipt_key IF NOT EXISTS
FOR (n:Receipt) REQUIRE n.idempotencyKey IS UNIQUE
