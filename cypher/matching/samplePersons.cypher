// A random sample of person records, for estimating the match model's m probabilities.
MATCH (p:Person)
WHERE rand() < $fraction
RETURN p.id AS id
LIMIT toInteger($limit)
