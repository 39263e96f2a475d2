// Deletes the accounts' attempts and the outbox entries queued for them.
MATCH (t:Attempt)
WHERE t.accountId IN $accountIds
OPTIONAL MATCH (d:Dispatch)
WHERE d.attemptId = t.id
WITH collect(DISTINCT t) AS attempts, collect(DISTINCT d) AS dispatches
WITH attempts, dispatches, size(attempts) AS attemptCount, size(dispatches) AS outboxCount
FOREACH (d IN dispatches | DELETE d)
FOREACH (t IN attempts | DETACH DELETE t)
RETURN attemptCount AS attempts, outboxCount AS outbox
