import { readFileSync } from 'node:fs';

/**
 * A small reader of the parts of schema.prisma the drift test compares with the migrated
 * database: tables, columns with their Postgres types and nullability, indexes and enums.
 * It understands the attributes this project uses and fails loudly on types it doesn't know.
 */
export interface ExpectedColumn {
  table: string;
  column: string;
  /** As Postgres' format_type() prints it. */
  type: string;
  nullable: boolean;
}

export interface ExpectedIndex {
  table: string;
  columns: string[];
  unique: boolean;
}

export interface ExpectedSchema {
  tables: string[];
  columns: ExpectedColumn[];
  indexes: ExpectedIndex[];
  enums: Record<string, string[]>;
}

const SCALARS: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
  BigInt: 'bigint',
  Decimal: 'numeric(65,30)',
};

function nativeType(attrs: string): string | undefined {
  const match = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(attrs);
  if (!match) return undefined;
  const [, name, arg] = match;
  switch (name) {
    case 'Uuid':
      return 'uuid';
    case 'Char':
      return `character(${arg})`;
    case 'VarChar':
      return `character varying(${arg})`;
    case 'Date':
      return 'date';
    case 'Timestamptz':
      return `timestamp(${arg ?? 6}) with time zone`;
    case 'Text':
      return 'text';
    case 'Json':
      return 'json';
    case 'SmallInt':
      return 'smallint';
    case 'Decimal':
      return `numeric(${arg?.replace(/\s+/g, '')})`;
    default:
      throw new Error(`prisma-schema reader: unsupported native type @db.${name}`);
  }
}

export function readPrismaSchema(path: string): ExpectedSchema {
  const text = readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '');
  const enums: Record<string, string[]> = {};
  for (const [, name, body] of text.matchAll(/enum\s+(\w+)\s*\{([^}]*)\}/g)) {
    enums[name] = body.split(/\s+/).filter(Boolean);
  }
  // A block ends at a `}` that starts a line: braces inside defaults (`@default("{}")`) don't.
  const blocks = [...text.matchAll(/model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)].map(([, name, body]) => ({
    name,
    body,
  }));
  const models = new Set(blocks.map((b) => b.name));
  const schema: ExpectedSchema = { tables: [], columns: [], indexes: [], enums };

  for (const { name, body } of blocks) {
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name;
    schema.tables.push(table);
    const columnOf = new Map<string, string>();
    for (const line of body.split('\n').map((l) => l.trim())) {
      const field = /^(\w+)\s+(Unsupported\("([^"]+)"\)|\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!field || line.startsWith('@@')) continue;
      const [, fieldName, rawType, unsupported, list, optional, attrs] = field;
      if (models.has(rawType)) continue; // relation field: no column
      const column = /@map\("([^"]+)"\)/.exec(attrs)?.[1] ?? fieldName;
      columnOf.set(fieldName, column);
      let type: string;
      if (unsupported) type = unsupported;
      else if (enums[rawType]) type = `"${rawType}"`;
      else if (SCALARS[rawType]) type = nativeType(attrs) ?? SCALARS[rawType];
      else throw new Error(`prisma-schema reader: unknown type ${rawType} on ${name}.${fieldName}`);
      if (list) type = `${type}[]`;
      schema.columns.push({ table, column, type, nullable: Boolean(optional) || Boolean(list) });
      if (/@id\b/.test(attrs)) schema.indexes.push({ table, columns: [column], unique: true });
      if (/@unique\b/.test(attrs)) schema.indexes.push({ table, columns: [column], unique: true });
    }
    const cols = (list: string) => list.split(',').map((f) => columnOf.get(f.trim()) ?? `?${f.trim()}`);
    for (const [, kind, list] of body.matchAll(/@@(id|unique|index)\(\[([^\]]+)\]/g)) {
      schema.indexes.push({ table, columns: cols(list), unique: kind !== 'index' });
    }
  }
  return schema;
}
