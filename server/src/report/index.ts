// The funding-bid evidence pack as a library: build it for a scope, render it as Markdown, CSV
// or printable HTML. The GraphQL API and `npm run report` call these.
export type {
  EvidencePack,
  EvidencePackFormat,
  EvidencePackScope,
  PackFundingStream,
  PackPartner,
  PackPathway,
  PackService,
  PackTask,
  RenderedEvidencePack,
} from './types.js';
export { buildEvidencePack } from './build-evidence-pack.js';
export { renderMarkdown } from './render-markdown.js';
export { renderCsv } from './render-csv.js';
export { renderHtml } from './render-html.js';
export { renderEvidencePack, FORMATS } from './render-evidence-pack.js';
