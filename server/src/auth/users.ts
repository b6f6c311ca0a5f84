// Users of the product, kept in Neo4j as (:User) nodes that the GraphQL schema never exposes.
// Passwords are hashed with bcrypt (bcryptjs, cost 12); the hash never leaves this module.
import bcrypt from 'bcryptjs';
import type { Driver } from 'neo4j-driver';
import { isRole, type Role } from './roles.js';

export interface User {
  email: string;
  name: string | null;
  role: Role;
  organisation: string | null;
  authority: string | null;
}

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  name?: string;
  organisation?: string;
  authority?: string;
}

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'USER_EXISTS',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const COST = 12;

/** Checks a new user; throws UserError naming the field that is wrong. */
export function validateNewUser(user: NewUser): void {
  if (!EMAIL.test(user.email))
    throw new UserError('BAD_USER_INPUT', `"${user.email}" is not an email address.`, 'email');
  if (user.password.length < 12)
    throw new UserError(
      'BAD_USER_INPUT',
      'The password must be at least 12 characters.',
      'password',
    );
  if (!isRole(user.role))
    throw new UserError(
      'BAD_USER_INPUT',
      `"${String(user.role)}" is not a role (viewer, partner, planner, admin).`,
      'role',
    );
  if (user.role === 'partner' && !user.organisation)
    throw new UserError(
      'BAD_USER_INPUT',
      'A partner user needs the key of the organisation it acts for.',
      'organisation',
    );
  if (user.role === 'planner' && !user.authority)
    throw new UserError(
      'BAD_USER_INPUT',
      'A planner user needs the key of the council whose plans it may change.',
      'authority',
    );
}

/** Creates a user; throws USER_EXISTS when the email is taken. */
export async function createUser(driver: Driver, user: NewUser, database?: string): Promise<User> {
  validateNewUser(user);
  const email = user.email.toLowerCase();
  const passwordHash = await bcrypt.hash(user.password, COST);
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (existing:User {email: $email})
     WITH existing WHERE existing IS NULL
     CREATE (u:User {key: 'user:' + $email, email: $email, name: $name, role: $role, organisation: $organisation,
       authority: $authority, passwordHash: $passwordHash, createdAt: datetime()})
     RETURN u.email AS email`,
    {
      email,
      name: user.name ?? null,
      role: user.role,
      organisation: user.organisation ?? null,
      authority: user.authority ?? null,
      passwordHash,
    },
    { database },
  );
  if (records.length === 0)
    throw new UserError('USER_EXISTS', `A user with the email ${email} already exists.`, 'email');
  return {
    email,
    name: user.name ?? null,
    role: user.role,
    organisation: user.organisation ?? null,
    authority: user.authority ?? null,
  };
}

// A hash to compare against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', COST);

/** The user when the email and password match, else null (the same for either mistake). */
export async function authenticate(
  driver: Driver,
  email: string,
  password: string,
  database?: string,
): Promise<User | null> {
  const { records } = await driver.executeQuery(
    'MATCH (u:User {email: $email}) WHERE coalesce(u.disabled, false) = false RETURN u {.email, .name, .role, .organisation, .authority, .passwordHash} AS u',
    { email: email.toLowerCase() },
    { database, routing: 'READ' },
  );
  const row = records[0]?.get('u') as (User & { passwordHash: string }) | undefined;
  const ok = await bcrypt.compare(password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok) return null;
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    authority: row.authority,
  };
}

/** How many users exist (the first start creates an admin when there are none). */
export async function countUsers(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (u:User) RETURN count(u) AS n',
    {},
    { database, routing: 'READ' },
  );
  return Number(records[0]?.get('n') ?? 0);
}
