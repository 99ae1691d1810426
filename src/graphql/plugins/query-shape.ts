import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Counts the document's lexical tokens, stopping at `max + 1`: a 100k-token document costs no
 * more to refuse than one just past the limit. Same counting as graphql-js's `maxTokens` parse
 * option (every token but <SOF> and <EOF>; comments are skipped by the lexer and not counted).
 */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (count <= max && lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** Aliased fields and directive uses in the whole document, as written (fragments once each). */
export function countAliasesAndDirectives(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field(node) {
      if (node.alias) aliases += 1;
    },
    Directive() {
      directives += 1;
    },
  });
  return { aliases, directives };
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Deepest field nesting of a selection set, fragments expanded. A fragment's depth does not
 * depend on where it is spread, so each is measured once (memo): a document that spreads
 * fragments into each other cannot make this exponential. Introspection fields (`__schema`,
 * `__type`) are not counted: their `ofType` chains are deep by design and cheap to answer.
 */
export function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  memo = new Map<string, number>(),
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      depth = 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, memo) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, memo);
    } else {
      const name = selection.name.value;
      const known = memo.get(name);
      if (known !== undefined) {
        depth = known;
      } else {
        const fragment = fragments.get(name);
        memo.set(name, 0); // cycles are refused by validation; this only guards the recursion
        depth = fragment ? selectionDepth(fragment.selectionSet, fragments, memo) : 0;
        memo.set(name, depth);
      }
    }
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
