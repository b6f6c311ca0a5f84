import { describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectedFields } from './selected-fields.js';

/** The resolve info of the query's first root field, as graphql-js would hand it over. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0]!;
  if (root.kind !== Kind.FIELD) throw new Error('a field first');
  return { fieldNodes: [root], fragments };
}

describe('selectedFields', () => {
  it('names the fields selected directly, not those nested below them', () => {
    expect([...selectedFields(infoOf('{ councilTasks { key responsible { name } } }'))]).toEqual([
      'key',
      'responsible',
    ]);
  });

  it('follows named and inline fragments, and each fragment once', () => {
    const info = infoOf(`
      query { councilTasks { ...A ... on TaskListing { informed { key } } ...A } }
      fragment A on TaskListing { title ...B }
      fragment B on TaskListing { consulted { key } }`);
    expect([...selectedFields(info)].sort()).toEqual(['consulted', 'informed', 'title']);
  });

  it('counts a field under @skip or @include as selected', () => {
    const info = infoOf(
      'query($x: Boolean!) { councilTasks { key accountable @skip(if: $x) { key } } }',
    );
    expect(selectedFields(info).has('accountable')).toBe(true);
  });
});
