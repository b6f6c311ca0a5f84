// The Cypher @neo4j/graphql generates for the key queries, as inline snapshots: a change in the
// library's translation, or in the type definitions, shows up in review.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { recordingDriver, type RecordingDriver } from './helpers/recording-driver.js';
import { buildSchema } from '../server/src/graphql/build-schema.js';
import { createTokenSigner, type TokenClaims } from '../server/src/auth/tokens.js';
import { createLoginLimiter } from '../server/src/auth/login-limiter.js';
import type { GraphQLSchema } from 'graphql';

// @neo4j/graphql builds its schema with the CommonJS graphql; execute with the same copy
// (the test runner would otherwise load the ES module copy, a second realm).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const db = useTestDatabase();
const SECRET = 'cypher-snapshot-secret-0123456789abcdef';
let recorder: RecordingDriver;
let schema: GraphQLSchema;

beforeAll(async () => {
  recorder = recordingDriver(db.driver);
  schema = (
    await buildSchema(recorder.driver, {
      jwtSecret: SECRET,
      signer: createTokenSigner(SECRET, 60),
      limiter: createLoginLimiter(),
      publicRead: true,
    })
  ).schema;
});

async function cypherOf(source: string, user?: TokenClaims): Promise<string> {
  recorder.statements.length = 0;
  const result = await graphql({
    schema,
    source,
    contextValue: {
      app: { driver: recorder.driver, database: undefined, user, clientAddress: 'test' },
      ...(user ? { jwt: user } : {}),
    },
  });
  expect(result.errors).toBeUndefined();
  return recorder.statements.join('\n;\n');
}

describe('generated Cypher', () => {
  it('for tasks with their Responsible parties through the Party interface', async () => {
    expect(
      await cypherOf(
        '{ tasks(where: { status: { eq: in_progress } }, limit: 5) { title responsible { name } } }',
      ),
    ).toMatchInlineSnapshot(`
      "CYPHER 5
      CALL dbms.components() YIELD versions, edition UNWIND versions AS version RETURN version, edition
      ;
      CYPHER 5
      MATCH (this:Task)
      WHERE this.status = $param0
      WITH *

      LIMIT $param1
      CALL (this) {
        CALL (*) {
          WITH *
          MATCH (this)<-[this0:RESPONSIBLE_FOR]-(this1:Organisation&Party)
          WITH this1 { .name, __resolveType: 'Organisation', __id: elementId(this1) } AS var2
          RETURN var2
          UNION
          WITH *
          MATCH (this)<-[this3:RESPONSIBLE_FOR]-(this4:Board&Party)
          WITH this4 { .name, __resolveType: 'Board', __id: elementId(this4) } AS var2
          RETURN var2
          UNION
          WITH *
          MATCH (this)<-[this5:RESPONSIBLE_FOR]-(this6:Role&Party)
          WITH this6 { .name, __resolveType: 'Role', __id: elementId(this6) } AS var2
          RETURN var2
        }
        WITH var2
        RETURN collect(var2) AS var2
      }
      RETURN this { .title, responsible: var2 } AS this"
    `);
  });

  it('for counting tasks', async () => {
    expect(await cypherOf('{ tasksConnection { aggregate { count { nodes } } } }'))
      .toMatchInlineSnapshot(`
      "CYPHER 5
      CALL {
        MATCH (this:Task)
        RETURN {nodes: count(DISTINCT this)} AS var0
      }
      RETURN {aggregate: {count: var0}} AS this"
    `);
  });

  it('for a planner updating a task, with the authority rule in the query', async () => {
    await db.query(
      "CREATE (:Task {key: 'task:x', title: 'x'})-[:IN_PLAN]->(:Plan {key: 'plan:x', title: 'x', authority: 'org:a'})",
    );
    const planner: TokenClaims = { sub: 'p@a.org', roles: ['planner'], authority: 'org:a' };
    expect(
      await cypherOf(
        'mutation { updateTasks(where: { key: { eq: "task:x" } }, update: { notes: { set: "n" } }) { tasks { key } } }',
        planner,
      ),
    ).toMatchInlineSnapshot(`
      "CYPHER 5
      MATCH (this:Task)
      WITH *
      WHERE this.key = $param0
      WITH *
      CALL apoc.util.validate(NOT ($isAuthenticated = true AND (($jwt.roles IS NOT NULL AND $param3 IN $jwt.roles) OR EXISTS {
        MATCH (this)-[:IN_PLAN]->(this0:Plan)
        WHERE ($jwt.authority IS NOT NULL AND this0.authority = $jwt.authority)
      })), '@neo4j/graphql/FORBIDDEN', [])
      WITH *
      SET this.notes = $param4
      WITH *
      CALL apoc.util.validate(NOT ($isAuthenticated = true AND (($jwt.roles IS NOT NULL AND $param5 IN $jwt.roles) OR EXISTS {
        MATCH (this)-[:IN_PLAN]->(this1:Plan)
        WHERE ($jwt.authority IS NOT NULL AND this1.authority = $jwt.authority)
      })), '@neo4j/graphql/FORBIDDEN', [])
      WITH this
      RETURN this { .key } AS this"
    `);
  });
});
