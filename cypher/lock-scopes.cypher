// One lock node per frequency-cap scope a send falls in (account, debtor, contact point,
// recipient). Writing it takes its write lock until the transaction ends, so two senders sharing
// any scope, in any process or on any cluster member, queue here. The caller sorts the keys:
// UNWIND takes the locks in that one order, so two senders never wait on each other in a cycle
// (a deadlock the server detects anyway, and the runner retries). MERGE under the uniqueness
// constraint creates a scope's node once however many senders arrive together.
UNWIND $keys AS key
MERGE (l:ScopeLock {key: key})
SET l.n = coalesce(l.n, 0) + 1
RETURN count(l) AS locked
