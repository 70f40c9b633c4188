// Person matching: trained match models, one node per version (src/matching/model.ts).
CREATE CONSTRAINT match_model_version IF NOT EXISTS FOR (m:MatchModel) REQUIRE m.version IS UNIQUE;
