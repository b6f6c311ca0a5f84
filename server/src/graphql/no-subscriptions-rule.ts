// The API has no subscriptions. Without this rule a `subscription { … }` passes validation and
// fails during execution as an internal error; with it the client is told plainly, with a 400.
import { GraphQLError, type ValidationRule } from 'graphql';

export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError('This API has no subscriptions: send a query or a mutation.', {
          nodes: node,
        }),
      );
    }
  },
});
