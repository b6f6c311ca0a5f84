// On the first start there are no users: create an admin from ADMIN_EMAIL / ADMIN_PASSWORD, or
// one with a random password printed once (and never again: only its hash is kept).
import crypto from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { countUsers, createUser } from './users.js';

export async function ensureFirstAdmin(
  driver: Driver,
  options: {
    email?: string | undefined;
    password?: string | undefined;
    database?: string | undefined;
  },
  log: (line: string) => void,
): Promise<void> {
  if ((await countUsers(driver, options.database)) > 0) return;
  const email = options.email ?? 'admin@localhost.localdomain';
  const password = options.password ?? crypto.randomBytes(15).toString('base64url');
  await createUser(
    driver,
    { email, password, role: 'admin', name: 'Administrator' },
    options.database,
  );
  if (options.password)
    log(`Created the first admin user ${email} (password from ADMIN_PASSWORD).`);
  else {
    log('');
    log(`  Created the first admin user. Sign in as ${email} with the password:  ${password}`);
    log('  It is shown this once only. Create other users with `npm run user:add`.');
    log('');
  }
}
