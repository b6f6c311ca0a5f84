// Caps the size of lists a request may ask for. graphql-armor's cost limit counts fields, not the
// `limit` (generated lists, search, audit trail) and `first` (connections) a request passes, so
// `tasks(limit: 1000000)` or nested lists with big limits slipped through. Every such argument,
// written in the query or passed as a variable, must be at most `maxLimit`, and the rows the
// nested limits could multiply up to (`tasks(limit: 500) { responsibleFor(limit: 500) }` is
// 250,500) at most `maxRows`. Lists without a limit are bounded by the graph itself.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface ListLimits {
  /** Largest `limit` or `first` one list may ask for. */
  maxLimit: number;
  /** Largest product of nested limits, summed over the request's lists. */
  maxRows: number;
}

const LIMIT_ARGUMENTS = new Set(['limit', 'first']);

function tooLarge(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field: 'limit', http: { status: 400 } },
  });
}

/**
 * The first list-size problem in `operation` (with its fragments and variables), or undefined.
 * Returns a BAD_USER_INPUT error that names the field and the limit.
 */
export function checkListLimits(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: ListLimits,
): GraphQLError | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? [])
    if (definition.defaultValue)
      variableDefaults.set(definition.variable.name.value, definition.defaultValue);

  const numberOf = (value: ValueNode): number | undefined => {
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const given = name in variables ? variables[name] : undefined;
      if (typeof given === 'number') return given;
      const fallback = variableDefaults.get(name);
      return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
    }
    return undefined;
  };

  let rows = 0;
  let problem: GraphQLError | undefined;
  const visit = (selectionSet: SelectionSetNode, multiplier: number, spreading: string[]): void => {
    for (const selection of selectionSet.selections) {
      if (problem) return;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, multiplier, spreading);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation refuses fragment cycles; this only keeps the walk finite.
        if (fragment && !spreading.includes(name))
          visit(fragment.selectionSet, multiplier, [...spreading, name]);
      } else if (selection.selectionSet) {
        let size = 1;
        for (const argument of selection.arguments ?? []) {
          if (!LIMIT_ARGUMENTS.has(argument.name.value)) continue;
          const asked = numberOf(argument.value);
          if (asked === undefined) continue;
          if (asked > limits.maxLimit) {
            problem = tooLarge(
              `${selection.name.value}(${argument.name.value}: ${asked}) asks for more than ` +
                `${limits.maxLimit} items: ask for at most ${limits.maxLimit} at a time and page ` +
                `with ${argument.name.value === 'first' ? 'after' : 'offset'}.`,
            );
            return;
          }
          size = Math.max(size, asked);
        }
        const reach = multiplier * size;
        rows += reach;
        if (rows > limits.maxRows) {
          problem = tooLarge(
            `The lists of this request could return ${rows > 1e12 ? 'over a trillion' : rows} ` +
              `rows together (each nested limit multiplies the ones above it; reached at ` +
              `${selection.name.value}); at most ${limits.maxRows} are allowed: ask for smaller ` +
              'limits on the nested lists.',
          );
          return;
        }
        visit(selection.selectionSet, reach, spreading);
      }
    }
  };
  visit(operation.selectionSet, 1, []);
  return problem;
}

/** The Apollo plugin: refuses an operation whose lists ask for too much, before it runs. */
export function listLimitsPlugin<T extends object>(limits: ListLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const problem = checkListLimits(document, operation, request.variables ?? {}, limits);
          if (problem) throw problem;
        },
      };
    },
  };
}
