// Named errors for the failures a user can act on. Each has a fixed `name`, a `code` and a
// message that says what happened and what to do; the API maps them to GraphQL error codes.

export type StartupErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'DATA_DIR'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'BAD_CONFIG'
  | 'DATABASE_UNREACHABLE'
  | 'DATABASE_AUTH'
  | 'DATABASE_INCOMPATIBLE';

/** Something stops the product from starting: the message says what to do. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  constructor(
    readonly code: StartupErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(hint ? `${message}\n  What to do: ${hint}` : message);
  }
}

/** Configuration in the environment is missing or malformed. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'BAD_CONFIG';
  constructor(readonly problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
