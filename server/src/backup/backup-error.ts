// The one error of export and restore: what went wrong and what to do. Nothing was written.

export type BackupErrorCode = 'BAD_FILE' | 'NOT_EMPTY' | 'CHANGED_DURING_EXPORT';

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
