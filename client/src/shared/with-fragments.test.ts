import { describe, expect, it } from 'vitest';
import { gql } from '@apollo/client';
import { print } from 'graphql';
import { withFragments } from './with-fragments';

describe('withFragments', () => {
  it('appends the fragments an operation spreads, so the document is complete', () => {
    const fragment = gql`
      fragment F on NamedRef {
        key
      }
    `;
    const query = withFragments(
      gql`
        query Q {
          partnerView(key: "x") {
            party {
              ...F
            }
          }
        }
      `,
      fragment,
    );
    expect(query.definitions.map((d) => d.kind)).toEqual([
      'OperationDefinition',
      'FragmentDefinition',
    ]);
    expect(print(query)).toContain('fragment F on NamedRef');
  });
});
