// Reads the type definitions in server/src/schema/*.graphql and hands them to @neo4j/graphql,
// which generates the queries and their Cypher translation.
import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';
import { projectRoot } from '../config.js';

const schemaDir = path.join(projectRoot, 'server', 'src', 'schema');

/** The concatenated type definitions. */
export function readTypeDefs(): string {
  return fs
    .readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(schemaDir, name), 'utf8'))
    .join('\n');
}

export interface BuiltSchema {
  neoSchema: Neo4jGraphQL;
  schema: GraphQLSchema;
}

/** Builds the executable schema bound to a driver. */
export async function buildSchema(driver: Driver): Promise<BuiltSchema> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: readTypeDefs(), driver });
  const schema = await neoSchema.getSchema();
  return { neoSchema, schema };
}
