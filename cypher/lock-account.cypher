// Writing a property takes the node's write lock, held until the transaction ends: concurrent
// outreach on the same account queues here, on a single server or a cluster leader alike.
MATCH (a:Account {id: $id})
SET a._lock = coalesce(a._lock, 0) + 1
RETURN count(a) AS locked
