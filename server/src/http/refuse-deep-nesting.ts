// Refuses a GraphQL document nested deeper than the parser can safely recurse, before Apollo
// parses it: graphql-js would otherwise overflow the stack ("Maximum call stack size exceeded")
// on a few thousand levels, well before its token limit.
import type { RequestHandler } from 'express';
import { measureNesting } from '../graphql/measure-nesting.js';

export interface NestingLimits {
  /** Deepest nesting of `{`, `[` and `(` together. */
  maxNesting: number;
  /** The selection depth limit, named in the message. */
  maxDepth: number;
}

/** Express middleware for /graphql, after the JSON body parser. */
export function refuseDeepNesting({ maxNesting, maxDepth }: NestingLimits): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const fromBody =
      typeof body === 'object' && body !== null && 'query' in body
        ? (body as { query: unknown }).query
        : undefined;
    const query = req.method === 'GET' ? req.query.query : fromBody;
    if (typeof query !== 'string') return next();
    const nesting = measureNesting(query);
    if (nesting <= maxNesting) return next();
    res
      .status(400)
      .type('application/json')
      .send(
        JSON.stringify({
          errors: [
            {
              message: `The query nests ${nesting} levels deep (braces, brackets and parentheses together); at most ${maxNesting} are allowed, and selections may go ${maxDepth} deep.`,
              extensions: { code: 'GRAPHQL_PARSE_FAILED' },
            },
          ],
        }),
      );
  };
}
