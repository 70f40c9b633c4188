// An agency's notifications, newest first.
MATCH (n:Notification {toAgency: $agency})
RETURN n {.*} AS notification
ORDER BY n.at DESC
LIMIT toInteger($limit)
