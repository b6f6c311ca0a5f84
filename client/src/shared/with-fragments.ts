// Adds shared fragments to an operation: the operation's text names them (`...GraphViewFields`)
// and this appends their definitions, so every gql template stays plain GraphQL on its own.
import type { DocumentNode } from 'graphql';

/** The document with the fragments' definitions added after its own; keeps its type. */
export function withFragments<T extends DocumentNode>(
  document: T,
  ...fragments: DocumentNode[]
): T {
  return {
    ...document,
    definitions: [...document.definitions, ...fragments.flatMap((f) => f.definitions)],
  };
}
