// The cases of a re-key batch are now keyed by the current rules (those it rewrote, and those whose keys
// did not change and so were left as they were).
UNWIND $ids AS id
MATCH (c:Case {id: id})
SET c.rules = $rules
