// URL state of the RACI matrix: the filters and sort orders, so a link shows the same table.
import { readEnum, readFlag, readList, readString, writeParams } from '../../app/url-params';
import { RACI_LETTERS, type RaciLetter } from '../../graph/edge-types';
import type { MatrixView, PartySort, TaskSort } from './build-raci-matrix';

const PARTY_SORTS: readonly PartySort[] = ['name', 'load', 'R', 'A', 'type'];
const TASK_SORTS: readonly TaskSort[] = ['row', 'objective', 'problems'];

export function parseRaciState(search: string): MatrixView {
  const p = new URLSearchParams(search);
  return {
    council: readString(p, 'council'),
    partyText: readString(p, 'q') ?? '',
    partyType: readString(p, 'type'),
    objective: readString(p, 'objective'),
    letters: readList(p, 'letters').filter((l): l is RaciLetter =>
      (RACI_LETTERS as readonly string[]).includes(l),
    ),
    onlyProblems: readFlag(p, 'problems'),
    partySort: readEnum(p, 'sort', PARTY_SORTS, 'name'),
    taskSort: readEnum(p, 'tasks', TASK_SORTS, 'row'),
  };
}

export function serialiseRaciState(v: MatrixView): string {
  return writeParams(
    {
      council: v.council,
      q: v.partyText,
      type: v.partyType,
      objective: v.objective,
      letters: v.letters,
      problems: v.onlyProblems,
      sort: v.partySort,
      tasks: v.taskSort,
    },
    { sort: 'name', tasks: 'row' },
  );
}
