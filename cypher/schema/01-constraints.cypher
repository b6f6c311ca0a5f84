// Unique keys: one constraint per label. Party covers Organisation, Board and Role together,
// so one body can never exist twice under two labels. Applied at every start (IF NOT EXISTS).

CREATE CONSTRAINT party_key IF NOT EXISTS FOR (n:Party) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (n:Organisation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT board_key IF NOT EXISTS FOR (n:Board) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT role_key IF NOT EXISTS FOR (n:Role) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT client_group_key IF NOT EXISTS FOR (n:ClientGroup) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT plan_key IF NOT EXISTS FOR (n:Plan) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT objective_key IF NOT EXISTS FOR (n:Objective) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT measure_key IF NOT EXISTS FOR (n:Measure) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT service_area_key IF NOT EXISTS FOR (n:ServiceArea) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT service_key IF NOT EXISTS FOR (n:Service) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT funding_stream_key IF NOT EXISTS FOR (n:FundingStream) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT pathway_key IF NOT EXISTS FOR (n:Pathway) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT principle_key IF NOT EXISTS FOR (n:Principle) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT ward_key IF NOT EXISTS FOR (n:Ward) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;
