// One entry point for the three formats, with the file name and media type the API and the
// command line hand out.
import type { EvidencePack, EvidencePackFormat, RenderedEvidencePack } from './types.js';
import { packFileName } from './cite.js';
import { renderMarkdown } from './render-markdown.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';

export const FORMATS: readonly EvidencePackFormat[] = ['md', 'csv', 'html'];

export function renderEvidencePack(
  pack: EvidencePack,
  format: EvidencePackFormat,
): RenderedEvidencePack {
  switch (format) {
    case 'md':
      return {
        fileName: packFileName(pack, 'md'),
        mediaType: 'text/markdown; charset=utf-8',
        content: renderMarkdown(pack),
      };
    case 'csv':
      return {
        fileName: packFileName(pack, 'csv'),
        mediaType: 'text/csv; charset=utf-8',
        content: renderCsv(pack),
      };
    case 'html':
      return {
        fileName: packFileName(pack, 'html'),
        mediaType: 'text/html; charset=utf-8',
        content: renderHtml(pack),
      };
  }
}
