// `npm run user:add -- --email a@b.org --role planner --authority org:worcester-city-council`:
// creates a user. The password comes from --password-stdin (piped) or is generated and printed once.
import crypto from 'node:crypto';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { readArgs } from '../cli-args.js';
import { createUser, UserError } from './users.js';
import { isRole } from './roles.js';

const USAGE = `Usage: npm run user:add -- --email <email> --role <viewer|partner|planner|admin> [options]
  --name <name>             the person's name
  --organisation <key>      partners: the organisation they act for (e.g. org:worcester-cares)
  --authority <key>         planners: their council (e.g. org:worcester-city-council)
  --password-stdin          read the password from standard input (else one is generated and shown once)`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function main(): Promise<number> {
  const { values } = readArgs(
    {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      organisation: { type: 'string' },
      authority: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!values.email || !values.role || !isRole(values.role)) {
    console.error(USAGE);
    return 2;
  }
  const generated = !values['password-stdin'];
  const password = generated ? crypto.randomBytes(15).toString('base64url') : await readStdin();
  const db = await openDatabase(readConfig(), console.error);
  try {
    const user = await createUser(
      db.driver,
      {
        email: values.email,
        password,
        role: values.role,
        ...(values.name ? { name: values.name } : {}),
        ...(values.organisation ? { organisation: values.organisation } : {}),
        ...(values.authority ? { authority: values.authority } : {}),
      },
      db.database,
    );
    console.log(`Created ${user.role} ${user.email}.`);
    if (generated) console.log(`Password (shown this once): ${password}`);
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
