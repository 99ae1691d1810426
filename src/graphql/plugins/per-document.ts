import type { DocumentNode } from 'graphql';

/**
 * Memoizes an analysis of a parsed document. Apollo keeps parsed and validated documents in its
 * document store, so a query text sent again arrives as the same DocumentNode: its shape, its
 * literals and its introspection fields need examining once, not on every request. Only what
 * depends on the document alone belongs here, never on variables or the caller. Weakly held:
 * a document the store evicts is collected with its analysis.
 */
export function perDocument<T>(analyse: (document: DocumentNode) => T): (document: DocumentNode) => T {
  const results = new WeakMap<DocumentNode, T>();
  return (document) => {
    if (results.has(document)) return results.get(document)!;
    const result = analyse(document);
    results.set(document, result);
    return result;
  };
}
