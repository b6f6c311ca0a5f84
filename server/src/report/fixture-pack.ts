// A small evidence pack for the renderers' tests, with the awkward values real data can hold:
// pipes, markup, quotes and text a spreadsheet would read as a formula.
import type { EvidencePack } from './types.js';

export function fixturePack(): EvidencePack {
  return {
    title: 'Evidence pack: Rough Sleepers',
    generatedOn: '2024-01-15',
    scope: { kind: 'clientGroup', key: 'clientgroup:rough-sleepers', name: 'Rough Sleepers' },
    plans: [{ key: 'plan:x', title: 'Action Plan', authority: 'Test Council' }],
    summary: {
      tasks: 1,
      overdue: 1,
      findings: { high: 1, medium: 0, low: 0 },
      paragraphs: ['The plan has 1 task for Rough Sleepers <script>alert(1)</script>.'],
    },
    findings: [
      {
        id: 'overdue:task:1',
        ruleId: 'overdue',
        severity: 'high',
        title: 'Overdue task',
        sentence: '=HYPERLINK("http://evil") "Beds | shelters" was due by June 2023.',
        nodes: [{ key: 'task:1', label: 'Task', name: 'Beds | shelters' }],
        evidence: [
          {
            kind: 'row',
            description: 'Row 4: "Beds | shelters"',
            source: 'source:plan',
            locator: 'row 4',
          },
        ],
      },
    ],
    provision: {
      services: [
        {
          key: 'service:a',
          name: '+Day centre',
          description: 'A place & more',
          statutory: false,
          clientGroups: ['Rough Sleepers'],
          providers: [],
          funding: [],
          source: 'source:plan',
          locator: 'row 4',
        },
      ],
      fundingStreams: [
        {
          key: 'funding:rsi',
          name: 'Rough Sleeping Initiative',
          aliases: ['RSI'],
          description: 'Money',
          funds: [],
          source: null,
          locator: null,
        },
      ],
      partners: [
        {
          name: '@Outreach Team',
          responsible: 1,
          accountable: 0,
          consulted: 0,
          informed: 0,
          rows: [4],
        },
      ],
      pathways: [
        {
          key: 'pathway:p',
          name: 'Street to home',
          description: null,
          clientGroups: ['Rough Sleepers'],
          steps: ['A', 'B'],
        },
      ],
    },
    tasks: [
      {
        key: 'task:1',
        title: 'Beds | shelters',
        row: 4,
        plan: 'plan:x',
        planTitle: 'Action Plan',
        objective: 'Help',
        forAll: false,
        clientGroups: ['Rough Sleepers'],
        measures: ['-10% rough sleeping'],
        responsible: ['Outreach Team'],
        accountable: ['Board'],
        consulted: [],
        informed: [],
        dueRaw: 'June 2023',
        dueKind: 'month',
        due: '2023-06-01',
        dueEnd: null,
        status: 'not_started',
        source: 'source:plan',
        overdue: true,
      },
    ],
    sources: [{ key: 'source:plan', title: 'Action Plan', document: 'plan.tsv' }],
    parameters: {
      today: '2024-01-15',
      overloadFactor: 2,
      similarityThreshold: 0.6,
      authority: null,
      clientGroup: 'clientgroup:rough-sleepers',
      objective: null,
      rules: ['overdue'],
    },
  };
}
