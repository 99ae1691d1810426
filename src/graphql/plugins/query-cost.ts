import {
  getNamedType,
  isCompositeType,
  Kind,
  valueFromAST,
  type ConstValueNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../../paging/cursors.js';

/**
 * Fields that run a vector or full-text search: each costs this much (per parent item) on top
 * of its children. A round weight, not a fit: issue 12's probe saw 1,000 aliased musicForVideo
 * take 7.9 s (~8 ms each), where a plain field is a property read or a batched loader call.
 */
export const SEARCH_FIELD_COST = 50;
const SEARCH_FIELDS = new Set([
  'Query.musicForVideo',
  'Query.similarTracks',
  'Query.musicLikeUpload',
  'Query.searchTracks',
]);

/**
 * Selections visited, free ones (`__typename`, fragment spreads) included, before the walk
 * gives up and reports the operation as over any maximum. Fragments that each spread the next
 * twice cost nothing per visit but double the visits per fragment: 30 of them are 2^30 visits.
 */
export const MAX_COST_WALK_STEPS = 100_000;

/**
 * The cost model: every field costs 1 (a search field SEARCH_FIELD_COST) times the number of
 * times it is expected to run, which is the product of the `first` of every paginated field
 * above it (at least 1). `first` is read after variables are known, from the literal, the
 * request's variables, the variable's default, or the argument's schema default, in that
 * order, so a cost hidden in a variable counts. `__typename` and introspection are free.
 *
 * Returns the cost, or stops early (returning a value above `max`) once `max` is passed, or
 * once MAX_COST_WALK_STEPS selections have been visited (returning Infinity).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>>,
  max: number,
): number {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const defaults = new Map<string, ConstValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  let total = 0;
  let steps = 0;

  function firstOf(field: GraphQLField<unknown, unknown>, node: FieldNode): number {
    const argument = field.args.find((a) => a.name === 'first');
    if (!argument) return 1;
    const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
    let value: unknown = argument.defaultValue;
    if (given?.kind === Kind.VARIABLE) {
      const name = given.name.value;
      const fallback = defaults.get(name);
      if (variables[name] !== undefined) value = variables[name];
      else if (fallback) value = valueFromAST(fallback, argument.type);
    } else if (given) {
      value = valueFromAST(given, argument.type, variables);
    }
    // A larger `first` is refused by the resolver (MAX_PAGE_SIZE), so it never runs more often.
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) return 1;
    return Math.min(Math.floor(value), MAX_PAGE_SIZE);
  }

  function walk(type: GraphQLCompositeType, selectionSet: SelectionSetNode, multiplier: number): void {
    for (const selection of selectionSet.selections) {
      if (total > max) return;
      steps += 1;
      if (steps > MAX_COST_WALK_STEPS) {
        total = Infinity;
        return;
      }
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = 'getFields' in type ? type.getFields()[name] : undefined;
        if (!field) continue; // validation has already refused unknown fields
        const weight = SEARCH_FIELDS.has(`${type.name}.${name}`) ? SEARCH_FIELD_COST : 1;
        total += multiplier * weight;
        const inner = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(inner)) {
          walk(inner, selection.selectionSet, multiplier * firstOf(field, selection));
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        walk(isCompositeType(condition) ? condition : type, selection.selectionSet, multiplier);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        walk(isCompositeType(condition) ? condition : type, fragment.selectionSet, multiplier);
      }
    }
  }

  walk(root, operation.selectionSet, 1);
  return total;
}
