// Every GraphQL answer is marked `Cache-Control: no-store`, as Apollo's cache-control plugin
// marked it (the schema gives no cache hints, so it never found an answer cacheable). That plugin
// is turned off because it wraps the resolution of every field of every answer, which cost about
// 4% of the server's time per request for a header that never changes.
import type { ApolloServerPlugin } from '@apollo/server';

export function noStorePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
