import { badInput } from '../errors.js';

/**
 * Global ids (`Node.id`): base64url of `Type:uuid`. Opaque to clients, and they let `node(id:)`
 * route to the right table without a lookup.
 */
export const NODE_TYPES = [
  'Track',
  'Artist',
  'Tag',
  'LicenceTerm',
  'LicenceRestriction',
  'RightsParty',
  'Video',
  'ApiKey',
  'ModelVersion',
  'TrainingRun',
  'TrainingPair',
  'IngestJob',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function parseGlobalId(globalId: string, field = 'id'): { type: NodeType; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator) as NodeType;
  const id = decoded.slice(separator + 1);
  if (separator < 0 || !NODE_TYPES.includes(type) || !UUID.test(id)) {
    throw badInput(`${field} is not a valid id: ${JSON.stringify(globalId)}`, field);
  }
  return { type, id };
}

/** Decodes a global id that must name an object of `type`; returns the database id. */
export function fromGlobalId(globalId: string, type: NodeType, field = 'id'): string {
  const parsed = parseGlobalId(globalId, field);
  if (parsed.type !== type) {
    throw badInput(`${field} must be a ${type} id, got a ${parsed.type} id`, field);
  }
  return parsed.id;
}
