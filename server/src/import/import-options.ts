// What an import is asked to do, and the error it gives when it cannot go ahead.
export interface ImportOptions {
  fileName: string;
  content: Uint8Array | string;
  /** A separate glossary file. */
  glossary?: { fileName: string; content: string };
  /** The council the plan belongs to, by name, alias or key. */
  authority?: string;
  /** The plan's title; by default taken from an earlier import of the same file, or the file name. */
  title?: string;
  startYear?: number;
  dryRun?: boolean;
  database?: string;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

/** The import cannot go ahead: the message says why and what to do. Nothing was written. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: 'AUTHORITY_REQUIRED' | 'NO_TASKS',
    message: string,
  ) {
    super(message);
  }
}
