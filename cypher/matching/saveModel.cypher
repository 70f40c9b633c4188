// Stores a trained match model; earlier versions stay, so every proposal's modelVersion can be looked up.
CREATE (m:MatchModel {version: $version, params: $params, trainedAt: datetime()})
RETURN m.version AS version
