// Shared entities, one node per natural key however many cases mention them: one row per node of the
// batch, sorted by id, so that concurrent writers lock shared nodes in the same order and wait for each
// other instead of deadlocking. The key properties are the same in every report. Descriptive details (a
// van's make, a flat's street spelling; see detailKeys in src/model/nodes.ts) belong to the report that
// gives them (createMentions, mergeMentions), search text included; the node keeps the latest report's,
// which the in-process caller reads. The label comes from the normaliser's fixed list, never from input. All writes are MERGE's own ON CREATE / ON MATCH: a
// SET of a run-time map after the MERGE makes the planner add an Eager (every row read before any write).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e += row.props, e += CASE WHEN row.hasDetails THEN row.details ELSE {} END, e:$(row.label)
  ON MATCH SET e += CASE WHEN row.hasDetails THEN row.details ELSE {} END
