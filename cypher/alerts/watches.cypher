// The watches an analyst has: its own and its agency's, removed ones left out; newest first, keyset pages.
MATCH (w:Watch {agency: $agency})
WHERE w.status <> 'REMOVED' AND (w.analyst IS NULL OR w.analyst = $analyst)
  AND ($afterId IS NULL OR w.createdAt < datetime($afterAt) OR (w.createdAt = datetime($afterAt) AND w.id < $afterId))
RETURN w {.*, createdAt: toString(w.createdAt)} AS watch
ORDER BY w.createdAt DESC, w.id DESC
LIMIT toInteger($limit)
