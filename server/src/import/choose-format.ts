// Which reader a file needs: by extension first, by looking at the content when the extension
// says nothing (.txt, no extension), and a clear refusal for formats we do not read.
import type { ParsedPlan } from './types.js';
import { PlanFormatError } from './plan-format-error.js';

export type PlanFileFormat = ParsedPlan['format'];

const BY_EXTENSION: Record<string, PlanFileFormat> = {
  tsv: 'tsv',
  tab: 'tsv',
  csv: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  md: 'markdown',
  markdown: 'markdown',
};
const UNSUPPORTED = new Set([
  'xls',
  'ods',
  'numbers',
  'pdf',
  'doc',
  'docx',
  'odt',
  'rtf',
  'pptx',
  'json',
]);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Pick the format of a plan file; throws PlanFormatError UNSUPPORTED_FORMAT for formats we cannot read. */
export function chooseFormat(
  input: Uint8Array | string,
  options: { fileName: string },
): PlanFileFormat {
  const { fileName } = options;
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const isZip = typeof input !== 'string' && ZIP.every((byte, index) => input[index] === byte);
  if (UNSUPPORTED.has(extension)) {
    throw new PlanFormatError({
      code: 'UNSUPPORTED_FORMAT',
      fileName,
      message: `is a .${extension} file, which the importer does not read. Save the plan's table as .xlsx, .csv (UTF-8), .tsv or a Markdown table.`,
    });
  }
  const byExtension = BY_EXTENSION[extension];
  if (byExtension === 'xlsx' && !isZip) {
    throw new PlanFormatError({
      code: 'UNSUPPORTED_FORMAT',
      fileName,
      message:
        typeof input === 'string'
          ? 'is an .xlsx workbook but was passed as text; pass its bytes (a Uint8Array) instead.'
          : 'is named .xlsx but is not an Excel workbook (it is not a zip file). If it is a CSV or TSV export, give it that extension.',
    });
  }
  if (byExtension) return byExtension;
  if (isZip) return 'xlsx';
  return sniffText(
    typeof input === 'string' ? input : new TextDecoder().decode(input.slice(0, 65536)),
  );
}

function sniffText(text: string): PlanFileFormat {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.some((line) => /^\s*\|?\s*:?-+:?\s*\|/.test(line))) return 'markdown';
  const sample = lines.slice(0, 50).join('\n');
  const tabs = (sample.match(/\t/g) ?? []).length;
  const commas = (sample.match(/,/g) ?? []).length;
  return tabs > 0 || commas === 0 ? 'tsv' : 'csv';
}
