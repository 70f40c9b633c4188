// Pauses, resumes or removes a watch the caller holds (its own, or its agency's).
MATCH (w:Watch {id: $id, agency: $agency})
WHERE w.status <> 'REMOVED' AND (w.analyst IS NULL OR w.analyst = $analyst)
SET w.status = $status, w.changedAt = datetime(), w.changedBy = $by
RETURN w {.*, createdAt: toString(w.createdAt)} AS watch
