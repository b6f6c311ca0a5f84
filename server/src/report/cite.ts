// How the renderers cite evidence: the source document's title and the locator, and a
// short name for the scope in file names.
import type { EvidencePack } from './types.js';

/** `Homelessness and Rough Sleeping Action Plan, row 5`; empty when the evidence has no source. */
export function citation(
  pack: Pick<EvidencePack, 'sources'>,
  evidence: { source?: string | null; locator?: string | null },
): string {
  const source = evidence.source ? pack.sources.find((s) => s.key === evidence.source) : undefined;
  const title = source?.title ?? source?.document ?? evidence.source ?? '';
  return [title, evidence.locator ?? ''].filter(Boolean).join(', ');
}

/** A file name for the pack: evidence-pack-rough-sleepers-2024-05-01.md */
export function packFileName(
  pack: Pick<EvidencePack, 'scope' | 'generatedOn'>,
  extension: string,
): string {
  const slug =
    pack.scope.name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'plan';
  return `evidence-pack-${slug}-${pack.generatedOn}.${extension}`;
}

export const SEVERITY_TITLE = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** The timeline's due column: the text as the plan wrote it, or 'no date'. */
export function dueText(task: { dueRaw: string | null; dueKind: string | null }): string {
  const raw = task.dueRaw?.trim();
  if (raw) return raw;
  return task.dueKind === 'ongoing' ? 'Ongoing' : 'no date';
}
