// The choices of the Evidence pack's second field: plans, objectives or client groups. With many
// councils loaded every plan has the same title ("Homelessness and Rough Sleeping Action Plan")
// and objectives repeat too, so plans and objectives are named after their council and listed by
// council, then in their own order.
import type { PackScope, ScopeChoicesData } from './evidence.query';

export interface ScopeChoice {
  key: string;
  name: string;
}

interface Ranked {
  key: string;
  title: string;
  council: string;
  /** The objective's order in its plan (0 for a plan); then the order the server listed them. */
  rank: number;
  position: number;
}

function named(items: Ranked[]): ScopeChoice[] {
  return items
    .sort(
      (a, b) => a.council.localeCompare(b.council) || a.rank - b.rank || a.position - b.position,
    )
    .map((i) => ({ key: i.key, name: i.council ? `${i.council}: ${i.title}` : i.title }));
}

export function scopeChoices(scope: PackScope, data: ScopeChoicesData | undefined): ScopeChoice[] {
  if (!data) return [];
  if (scope === 'clientGroup') return data.clientGroups.map((c) => ({ key: c.key, name: c.name }));
  if (scope === 'objective')
    return named(
      data.objectives.map((o, position) => ({
        key: o.key,
        title: o.title,
        council: o.plan[0]?.by[0]?.name ?? '',
        rank: o.order ?? Number.MAX_SAFE_INTEGER,
        position,
      })),
    );
  return named(
    data.plans.map((p, position) => ({
      key: p.key,
      title: p.title,
      council: p.by[0]?.name ?? '',
      rank: 0,
      position,
    })),
  );
}

/**
 * The plan field's first options: with one plan, no choice is that plan; with several, a plan is
 * to be chosen, or every plan (`EVERY_PLAN`).
 */
export function planFirstOptions(plans: number | null, everyPlan: string): ScopeChoice[] {
  if (plans === null || plans <= 1) return [{ key: '', name: 'The current plan' }];
  return [
    { key: '', name: 'Choose…' },
    { key: everyPlan, name: `Every plan (${plans})` },
  ];
}
