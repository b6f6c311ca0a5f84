// The rule catalogue: every gap and duplication rule the server knows, registered once here in
// the order they are shown. Each rule's query is cypher/analysis/<id>.cypher.
import type { Rule } from './rule.js';
import type { RuleDefinition } from './types.js';
import { raciNoResponsible } from './rules/raci-no-responsible.js';
import { raciAccountableCount } from './rules/raci-accountable-count.js';
import { unservedClientGroup } from './rules/unserved-client-group.js';
import { missingClientGroup } from './rules/missing-client-group.js';
import { noLivedExperience } from './rules/no-lived-experience.js';
import { overdue } from './rules/overdue.js';
import { overloadedParty } from './rules/overloaded-party.js';
import { concentratedAccountability } from './rules/concentrated-accountability.js';
import { singlePointOfFailure } from './rules/single-point-of-failure.js';
import { noMeasure } from './rules/no-measure.js';
import { unfundedService } from './rules/unfunded-service.js';
import { untracedFundingStream } from './rules/untraced-funding-stream.js';
import { pathwayDeadEnd } from './rules/pathway-dead-end.js';
import { pathwayNoProvider } from './rules/pathway-no-provider.js';
import { disengagedParty } from './rules/disengaged-party.js';
import { informedNeverConsulted } from './rules/informed-never-consulted.js';
import { raciSeveralLetters } from './rules/raci-several-letters.js';
import { accountableBoardUnlinked } from './rules/accountable-board-unlinked.js';
import { objectiveWithoutTasks } from './rules/objective-without-tasks.js';
import { duplicateMeasure } from './rules/duplicate-measure.js';
import { similarTasks } from './rules/similar-tasks.js';
import { overlappingProvision } from './rules/overlapping-provision.js';
import { aliasDuplicate } from './rules/alias-duplicate.js';
import { compositeParty } from './rules/composite-party.js';

export const RULES: readonly Rule[] = [
  // gaps
  unservedClientGroup,
  missingClientGroup,
  raciNoResponsible,
  noMeasure,
  objectiveWithoutTasks,
  noLivedExperience,
  pathwayDeadEnd,
  pathwayNoProvider,
  disengagedParty,
  informedNeverConsulted,
  // risks
  raciAccountableCount,
  overdue,
  overloadedParty,
  concentratedAccountability,
  singlePointOfFailure,
  accountableBoardUnlinked,
  unfundedService,
  untracedFundingStream,
  // duplication
  duplicateMeasure,
  similarTasks,
  overlappingProvision,
  // data quality
  aliasDuplicate,
  compositeParty,
  raciSeveralLetters,
];

/** The public definitions: id, title, severity, category, explanation, parameters. */
export const rules: RuleDefinition[] = RULES.map(
  ({ id, title, severity, explanation, category, parameters }) => ({
    id,
    title,
    severity,
    explanation,
    category,
    parameters,
  }),
);
