// The one error the parser throws: the file as a whole cannot be read as a plan. A bad row
// never throws; it becomes an ImportIssue instead.

export type PlanFormatErrorCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'BAD_ENCODING'
  | 'NO_HEADER'
  | 'NO_TASK_COLUMN'
  | 'UNSUPPORTED_FORMAT'
  | 'TOO_LARGE';

export class PlanFormatError extends Error {
  override readonly name = 'PlanFormatError';
  readonly code: PlanFormatErrorCode;
  readonly fileName: string;

  constructor(options: { code: PlanFormatErrorCode; fileName: string; message: string }) {
    super(`${options.fileName}: ${options.message}`);
    this.code = options.code;
    this.fileName = options.fileName;
  }
}
