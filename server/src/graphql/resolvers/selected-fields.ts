// The names of the fields a request selects on the object a resolver returns (through fragments
// too), so a view's query can skip work nobody asked for. A field under @include/@skip counts as
// selected: reading too much is only slower, reading too little would be wrong.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>) {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}
