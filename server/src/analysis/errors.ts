// The analysis's own error: bad parameters or a scope that names nothing. The API maps it to
// BAD_USER_INPUT; the report command prints the message.

export type AnalysisErrorCode = 'BAD_PARAMETER' | 'UNKNOWN_RULE' | 'UNKNOWN_SCOPE';

export class AnalysisError extends Error {
  override readonly name = 'AnalysisError';
  constructor(
    readonly code: AnalysisErrorCode,
    message: string,
    /** The parameter at fault (today, authority, clientGroup…). */
    readonly parameter?: string,
  ) {
    super(message);
  }
}
