// The browser client never asks for more than the API's list limits allow: every operation it
// declares (client/src/**/*.query.ts) passes the list-limit check, and every `limit:` it sends in
// variables is within the maximum.
import fs from 'node:fs';
import path from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../config.js';
import { checkListLimits } from './list-limits.js';
import { LIMITS } from '../http/create-app.js';

const MAX = { maxLimit: LIMITS.maxListLimit, maxRows: LIMITS.maxListRows };
const clientSrc = path.join(projectRoot, 'client', 'src');
const sources = (fs.readdirSync(clientSrc, { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .map((file) => ({ file, text: fs.readFileSync(path.join(clientSrc, file), 'utf8') }));
const operations = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/gql`([\s\S]*?)`/g)].map((m) => ({ file, query: m[1] ?? '' })),
);

describe("the client's requests", () => {
  it('are found', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
  });

  it.each(operations.map((o) => [o.file, o.query] as const))(
    '%s: its operation is within the list limits',
    (_file, query) => {
      const document = parse(query);
      for (const definition of document.definitions) {
        if (definition.kind !== 'OperationDefinition') continue;
        const operation = getOperationAST(document, definition.name?.value) ?? definition;
        expect(checkListLimits(document, operation, {}, MAX)?.message).toBeUndefined();
      }
    },
  );

  it('send no limit above the maximum in their variables', () => {
    const limits = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\blimit:\s*(\d+)/g)].map((m) => ({ file, limit: Number(m[1]) })),
    );
    expect(limits.filter((l) => l.limit > MAX.maxLimit)).toEqual([]);
  });
});
