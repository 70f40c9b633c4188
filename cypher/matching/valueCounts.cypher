// How often each birth date, gender and nationality occurs among person records: u of these fields (the
// chance that two random records agree) follows from these counts exactly, with no sampling of pairs.
MATCH (p:Person)
WITH p.birthDate AS value, count(*) AS count
WHERE value IS NOT NULL
RETURN 'birthDate' AS field, value, count
UNION ALL
MATCH (p:Person)
WITH p.gender AS value, count(*) AS count
WHERE value IS NOT NULL AND NOT value IN ['UNKNOWN', 'OTHER']
RETURN 'gender' AS field, value, count
UNION ALL
MATCH (p:Person)
WITH p.nationality AS value, count(*) AS count
WHERE value IS NOT NULL
RETURN 'nationality' AS field, value, count
