// The sign-in operations (auth.graphql), declared beside the sign-in context that uses them.
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Session, SessionUser } from './session';

export const LOGIN_MUTATION: TypedDocumentNode<
  { login: Session },
  { email: string; password: string }
> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        email
        name
        role
        organisation
        authority
        allowed
      }
    }
  }
`;

export const ME_QUERY: TypedDocumentNode<{ me: SessionUser | null }> = gql`
  query Me {
    me {
      email
      name
      role
      organisation
      authority
      allowed
    }
  }
`;
