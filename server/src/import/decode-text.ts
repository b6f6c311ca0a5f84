// A plan file must be text we can trust: not empty, not binary, and valid UTF-8 (or UTF-16 with
// a byte-order mark, as Excel's "Unicode text" export writes). Anything else stops the import.
import { PlanFormatError } from './plan-format-error.js';

const EXPORT_ADVICE =
  'Export the plan from its spreadsheet or document as .xlsx, .csv (UTF-8), .tsv or a Markdown table and import that file.';

/** Decode a text plan, throwing PlanFormatError (EMPTY_FILE, BINARY_FILE, BAD_ENCODING) when it cannot be read. */
export function decodeText(input: Uint8Array | string, options: { fileName: string }): string {
  const { fileName } = options;
  const text =
    typeof input === 'string' ? input.replace(/^\ufeff/, '') : decodeBytes(input, fileName);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new PlanFormatError({
      code: 'BINARY_FILE',
      fileName,
      message: `contains a NUL character on line ${lineOf(text, nul)}, so it is a binary file, not a text table. ${EXPORT_ADVICE}`,
    });
  }
  if (text.trim() === '') {
    throw new PlanFormatError({
      code: 'EMPTY_FILE',
      fileName,
      message: `is empty (no text at all). Check that the right file was given and that the export finished.`,
    });
  }
  return text;
}

function decodeBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) {
    throw new PlanFormatError({
      code: 'EMPTY_FILE',
      fileName,
      message:
        'is empty (0 bytes). Check that the right file was given and that the export finished.',
    });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new PlanFormatError({
      code: 'BINARY_FILE',
      fileName,
      message: `contains a NUL byte at byte ${nul}, so it is a binary file, not a text table. ${EXPORT_ADVICE}`,
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const bad = loose.indexOf('\ufffd');
    throw new PlanFormatError({
      code: 'BAD_ENCODING',
      fileName,
      message: `is not valid UTF-8 text (the first bad byte is on line ${lineOf(loose, Math.max(bad, 0))}); it is probably in a legacy encoding such as Windows-1252. Save it as UTF-8 (in Excel: Save As, "CSV UTF-8") and import it again.`,
    });
  }
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}
