// Who uses, lives at, holds or belongs to what, as reported by one case (one relationship per case), and
// which building a reported flat is in (IN_BUILDING, from the flat's Address node to the building's).
// One FOREACH per type keeps every relationship type static: MERGE with a dynamic type ($(row.type))
// was measured 25 times slower in 5.26. Types come from the registry (src/model/registry.ts), never from
// input; the types without a FOREACH here go to mergeOtherLinks.cypher (STATIC_LINK_TYPES, importCases.ts).
// Only a changed case's links are merged: a new case's are created (createHolderLinks).
UNWIND $rows AS row
OPTIONAL MATCH (person:Person {id: row.fromId})
OPTIONAL MATCH (org:Entity {id: row.fromId})
WITH row, coalesce(person, org) AS holder
MATCH (e:Entity {id: row.toId})
FOREACH (_ IN CASE row.type WHEN 'USES' THEN [1] ELSE [] END |
  MERGE (holder)-[r:USES {caseId: row.caseId}]->(e) SET r.version = row.version)
FOREACH (_ IN CASE row.type WHEN 'LIVES_AT' THEN [1] ELSE [] END |
  MERGE (holder)-[r:LIVES_AT {caseId: row.caseId}]->(e) SET r.version = row.version)
FOREACH (_ IN CASE row.type WHEN 'LOCATED_AT' THEN [1] ELSE [] END |
  MERGE (holder)-[r:LOCATED_AT {caseId: row.caseId}]->(e) SET r.version = row.version)
FOREACH (_ IN CASE row.type WHEN 'USES_VEHICLE' THEN [1] ELSE [] END |
  MERGE (holder)-[r:USES_VEHICLE {caseId: row.caseId}]->(e) SET r.version = row.version)
FOREACH (_ IN CASE row.type WHEN 'HOLDS_ACCOUNT' THEN [1] ELSE [] END |
  MERGE (holder)-[r:HOLDS_ACCOUNT {caseId: row.caseId}]->(e) SET r.version = row.version)
FOREACH (_ IN CASE row.type WHEN 'HOLDS_DOCUMENT' THEN [1] ELSE [] END |
  MERGE (holder)-[r:HOLDS_DOCUMENT {caseId: row.caseId}]->(e) SET r.version = row.version)
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (holder)-[r:MEMBER_OF {caseId: row.caseId}]->(e) SET r.version = row.version)
FOREACH (_ IN CASE row.type WHEN 'IN_BUILDING' THEN [1] ELSE [] END |
  MERGE (holder)-[r:IN_BUILDING {caseId: row.caseId}]->(e) SET r.version = row.version)
