import { describe, expect, it } from 'vitest';
import type { ScopeChoicesData } from './evidence.query';
import { planFirstOptions, scopeChoices } from './scope-choices';

const by = (name: string) => ({ by: [{ name }] });
const data: ScopeChoicesData = {
  plans: [
    { key: 'plan:w', title: 'Homelessness Action Plan', ...by('Worcester City Council') },
    { key: 'plan:a', title: 'Homelessness Action Plan', ...by('Ashford District Council') },
  ],
  objectives: [
    { key: 'o:w1', title: 'Prevent', order: 1, plan: [by('Worcester City Council')] },
    { key: 'o:a2', title: 'Relieve', order: 2, plan: [by('Ashford District Council')] },
    { key: 'o:a1', title: 'Prevent', order: 1, plan: [by('Ashford District Council')] },
  ],
  clientGroups: [{ key: 'cg:rs', name: 'Rough Sleepers' }],
};

describe('the Evidence pack’s choices', () => {
  it('names each plan with its council, listed by council', () => {
    expect(scopeChoices('plan', data)).toEqual([
      { key: 'plan:a', name: 'Ashford District Council: Homelessness Action Plan' },
      { key: 'plan:w', name: 'Worcester City Council: Homelessness Action Plan' },
    ]);
  });

  it('names each objective with its council, listed by council and then in plan order', () => {
    expect(scopeChoices('objective', data).map((c) => c.key)).toEqual(['o:a1', 'o:a2', 'o:w1']);
    expect(scopeChoices('objective', data)[0]?.name).toBe('Ashford District Council: Prevent');
  });

  it('leaves client groups, which are shared, as they are', () => {
    expect(scopeChoices('clientGroup', data)).toEqual([{ key: 'cg:rs', name: 'Rough Sleepers' }]);
  });

  it('names a plan with no council by its title alone', () => {
    const lone = { ...data, plans: [{ key: 'plan:x', title: 'A plan', by: [] }] };
    expect(scopeChoices('plan', lone)).toEqual([{ key: 'plan:x', name: 'A plan' }]);
  });

  it('asks for a plan, or every plan, when there are several; one plan is the current plan', () => {
    expect(planFirstOptions(data.plans.length, '*')).toEqual([
      { key: '', name: 'Choose…' },
      { key: '*', name: 'Every plan (2)' },
    ]);
    expect(planFirstOptions(1, '*')).toEqual([{ key: '', name: 'The current plan' }]);
  });
});
