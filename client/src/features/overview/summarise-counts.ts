// Turns the overview query's lists into the "in the graph" counts, in a fixed reading order.
import type { OverviewData } from './overview.query';

export interface Count {
  label: string;
  count: number;
}

export function summariseCounts(data: OverviewData): Count[] {
  return [
    { label: 'organisations', count: data.organisations.length },
    { label: 'boards and groups', count: data.boards.length },
    { label: 'roles', count: data.roles.length },
    { label: 'client groups', count: data.clientGroups.length },
    { label: 'services', count: data.services.length },
    { label: 'tasks', count: data.tasks.length },
  ];
}
