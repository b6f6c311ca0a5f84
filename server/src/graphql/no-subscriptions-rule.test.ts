import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { noSubscriptionsRule } from './no-subscriptions-rule.js';

const schema = buildSchema('type Query { a: Int }');

describe('noSubscriptionsRule', () => {
  it('refuses a subscription operation with a message saying what to send instead', () => {
    const errors = validate(schema, parse('subscription { a }'), [noSubscriptionsRule]);
    expect(errors.map((e) => e.message)).toEqual([
      'This API has no subscriptions: send a query or a mutation.',
    ]);
  });

  it('lets queries through', () => {
    expect(validate(schema, parse('{ a }'), [noSubscriptionsRule])).toEqual([]);
  });
});
