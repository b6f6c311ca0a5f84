// The evidence pack for a funding bid: what buildEvidencePack returns and the renderers read.
import type { Finding, ResolvedParameters, Severity } from '../analysis/types.js';

export interface EvidencePackScope {
  /** The whole plan (every plan, or the one whose key is given), one objective, or one client group. */
  kind: 'plan' | 'objective' | 'clientGroup';
  /** Plan key; objective key or title; client group key, name or alias. */
  key?: string;
}

export interface PackTask {
  key: string;
  title: string;
  row: number | null;
  plan: string;
  planTitle: string;
  objective: string | null;
  forAll: boolean;
  clientGroups: string[];
  measures: string[];
  responsible: string[];
  accountable: string[];
  consulted: string[];
  informed: string[];
  dueRaw: string | null;
  dueKind: string | null;
  due: string | null;
  dueEnd: string | null;
  status: string;
  source: string | null;
  overdue: boolean;
}

export interface PackService {
  key: string;
  name: string;
  description: string | null;
  statutory: boolean;
  clientGroups: string[];
  providers: string[];
  funding: string[];
  source: string | null;
  locator: string | null;
}

export interface PackFundingStream {
  key: string;
  name: string;
  aliases: string[];
  description: string | null;
  funds: string[];
  source: string | null;
  locator: string | null;
}

export interface PackPathway {
  key: string;
  name: string;
  description: string | null;
  clientGroups: string[];
  steps: string[];
}

export interface PackPartner {
  name: string;
  responsible: number;
  accountable: number;
  consulted: number;
  informed: number;
  /** Plan rows the partner holds a letter on. */
  rows: number[];
}

export interface EvidencePack {
  title: string;
  /** The date the pack describes (the analysis's `today`). */
  generatedOn: string;
  scope: { kind: EvidencePackScope['kind']; key: string | null; name: string };
  plans: { key: string; title: string; authority: string | null }[];
  summary: {
    tasks: number;
    overdue: number;
    findings: Record<Severity, number>;
    /** Paragraphs a bid writer can paste. */
    paragraphs: string[];
  };
  findings: Finding[];
  provision: {
    services: PackService[];
    fundingStreams: PackFundingStream[];
    partners: PackPartner[];
    pathways: PackPathway[];
  };
  /** The tasks in scope in due-date order: the timeline, and each task's measures. */
  tasks: PackTask[];
  sources: { key: string; title: string | null; document: string | null }[];
  parameters: ResolvedParameters;
}

export type EvidencePackFormat = 'md' | 'csv' | 'html';

export interface RenderedEvidencePack {
  fileName: string;
  mediaType: string;
  content: string;
}
