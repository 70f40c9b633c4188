// An agency's notifications, newest first (their times and ids are the agency's own records). Keyset
// pagination: the page after ($afterAt, $afterId).
MATCH (n:Notification {toAgency: $agency})
WHERE $afterId IS NULL OR n.at < datetime($afterAt) OR (n.at = datetime($afterAt) AND n.id < $afterId)
RETURN n {.*} AS notification
ORDER BY n.at DESC, n.id DESC
LIMIT toInteger($limit)
