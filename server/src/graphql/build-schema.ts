// Reads the type definitions in server/src/schema/*.graphql and hands them, with the custom
// resolvers, to @neo4j/graphql, which generates the rest of the API and its Cypher.
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';
import { projectRoot } from '../config.js';
import { buildResolvers } from './resolvers/index.js';
import type { TokenSigner } from '../auth/tokens.js';
import type { LoginLimiter } from '../auth/login-limiter.js';

const schemaDir = path.join(projectRoot, 'server', 'src', 'schema');

/** The concatenated type definitions; with public reading off, every read needs a signed-in user. */
export function readTypeDefs(options: { publicRead: boolean } = { publicRead: true }): string {
  const files = fs
    .readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(schemaDir, name), 'utf8'));
  if (!options.publicRead)
    files.push('extend schema @authentication(operations: [READ, AGGREGATE])');
  return files.join('\n');
}

export interface SchemaOptions {
  /** The token secret: the library verifies with it when a request carries no decoded JWT. */
  jwtSecret: string;
  signer: TokenSigner;
  limiter: LoginLimiter;
  publicRead: boolean;
}

export interface BuiltSchema {
  neoSchema: Neo4jGraphQL;
  schema: GraphQLSchema;
}

/** Builds the executable schema bound to a driver. */
export async function buildSchema(driver: Driver, options: SchemaOptions): Promise<BuiltSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readTypeDefs(options),
    driver,
    resolvers: buildResolvers(options),
    features: { authorization: { key: options.jwtSecret } },
  });
  const schema = await neoSchema.getSchema();
  return { neoSchema, schema };
}
