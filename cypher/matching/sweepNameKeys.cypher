// Name keys nobody holds any more (after a rules change or edits): they identify nobody. Run by
// `npm run rekey` after re-keying, not by imports, whose concurrent transactions may be about to link one.
MATCH (k:NameKey)
WHERE NOT EXISTS { (k)<-[:HAS_NAME_KEY]-() }
DELETE k
