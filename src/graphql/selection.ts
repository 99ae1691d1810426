import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The field names selected at `path` below the current field (for a connection: `['edges',
 * 'node']`), through fragments and inline fragments, whatever their type conditions and
 * directives (a superset is harmless: it only reads a little more). Resolvers use it to fetch a
 * page's nested lists in the same statement as the page when the client will show them.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [node.selectionSet] : [],
  );
  for (const name of path) {
    level = fieldsOf(info, level)
      .filter((field) => field.name === name && field.selectionSet)
      .map((field) => field.selectionSet!);
  }
  return new Set(fieldsOf(info, level).map((field) => field.name));
}

function fieldsOf(
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
): Array<{ name: string; selectionSet?: SelectionSetNode }> {
  const fields: Array<{ name: string; selectionSet?: SelectionSetNode }> = [];
  const seenFragments = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        fields.push({ name: selection.name.value, selectionSet: selection.selectionSet });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (fragment && !seenFragments.has(name)) {
          seenFragments.add(name);
          visit(fragment.selectionSet);
        }
      }
    }
  };
  sets.forEach(visit);
  return fields;
}
