import fs from 'node:fs';
import path from 'node:path';
import { machines } from '@pvis/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkOf, RELATIONS, type Relation } from '../src/db/links';
import { ROW_RECORDS } from '../src/db/move-rows';
import { columnName, tableName } from '../src/db/names';
import { withStrapi } from './support/app';

/**
 * The SQL of the hot paths names Strapi's tables and columns; a Strapi release that names one
 * differently must fail here, not in production. The db layer's names (link tables, state
 * columns) come from Strapi's metadata and are checked against the database; the names the
 * SQL spells out are read from the source and checked against both.
 */
const app = withStrapi();

const SOURCE = path.resolve(__dirname, '../src');
const CONSTRAINTS = path.resolve(__dirname, '../../database/constraints');

/** Words in SQL strings that are not tables or columns: functions, sequences, aliases, CTEs… */
const NOT_NAMES = new Set([
  // PostgreSQL functions and settings
  'array_agg',
  'bool_or',
  'generate_series',
  'jsonb_exists_any',
  'make_interval',
  'pg_advisory_xact_lock',
  'row_number',
  'to_char',
  'log_min_duration_statement',
  // sequences and constraints of database/constraints
  'badge_order_numbers',
  'invoice_numbers',
  'person_numbers',
  'express_addresses_keep_a_default',
  // result aliases the SQL gives its own figures
  'flagged_fen',
  'fund_change',
  'line_ids',
  'order_id',
  'received_fen',
  'refunded_fen',
  // a gateway's field name (WeChat Pay), not SQL
  'out_refund_no',
  // the table rate-limiter-flexible keeps for itself
  'rate_limits',
]);

interface Schema {
  /** table → its columns, as the database has them. */
  database: Map<string, Set<string>>;
  /** Every table and column Strapi's metadata names (content types, link tables). */
  strapiTables: Set<string>;
  strapiColumns: Set<string>;
  /** Tables database/constraints creates itself. */
  ownTables: Set<string>;
}

async function readSchema(): Promise<Schema> {
  const strapi = app.strapi();
  const { rows } = (await strapi.db.connection.raw(
    `select table_name, column_name from information_schema.columns where table_schema = 'public'`,
  )) as { rows: { table_name: string; column_name: string }[] };
  const database = new Map<string, Set<string>>();
  for (const row of rows) {
    database.set(row.table_name, (database.get(row.table_name) ?? new Set()).add(row.column_name));
  }
  const strapiTables = new Set<string>();
  const strapiColumns = new Set<string>();
  for (const model of strapi.db.metadata.values()) {
    strapiTables.add(model.tableName);
    for (const attribute of Object.values(model.attributes) as Record<string, unknown>[]) {
      if (typeof attribute.columnName === 'string') strapiColumns.add(attribute.columnName);
      const joinTable = attribute.joinTable as Record<string, unknown> | undefined;
      if (!joinTable) continue;
      strapiTables.add(String(joinTable.name));
      const joinColumns = ['joinColumn', 'inverseJoinColumn'].map(
        (key) => (joinTable[key] as { name?: string } | undefined)?.name,
      );
      const morph = joinTable.morphColumn as
        | { typeColumn: { name: string }; idColumn: { name: string } }
        | undefined;
      for (const column of [
        ...joinColumns,
        joinTable.orderColumnName,
        joinTable.inverseOrderColumnName,
        morph?.typeColumn.name,
        morph?.idColumn.name,
        ...((joinTable.pivotColumns as string[] | undefined) ?? []),
      ]) {
        if (typeof column === 'string') strapiColumns.add(column);
      }
    }
  }
  const ownTables = new Set<string>();
  for (const file of fs.readdirSync(CONSTRAINTS)) {
    const sql = fs.readFileSync(path.join(CONSTRAINTS, file), 'utf8');
    for (const [, table] of sql.matchAll(/create table (?:if not exists )?([a-z_]+)/gi)) {
      ownTables.add(table!);
    }
  }
  return { database, strapiTables, strapiColumns, ownTables };
}

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });

/** The files that write SQL (knex builders or raw statements). */
const sqlFiles = () =>
  sourceFiles(SOURCE).filter((file) =>
    /from 'knex'|\.connection\b|\btrx\b|\.raw\(/.test(fs.readFileSync(file, 'utf8')),
  );

/** A string that is a SQL statement (not a message that happens to say "from" or "into"). */
const SQL_STATEMENT =
  /\bselect\b[\s\S]*\bfrom\b|\binsert into\b|\bupdate\s+\S+\s+(as\s+\S+\s+)?set\b|\bdelete from\b/i;

/** The string literals of a file (comments dropped), where SQL and its names live. */
function literalsOf(file: string) {
  const code = fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
}

/** What the SQL of cms/src names: tables (by their place in a query) and snake_case words. */
function namesInSource() {
  const tables = new Map<string, string>();
  const words = new Map<string, string>();
  for (const file of sqlFiles()) {
    const where = path.relative(SOURCE, file);
    const code = fs.readFileSync(file, 'utf8');
    // knex builders: trx('persons as p'), .from('…'), .join('…')
    for (const [, table] of code.matchAll(
      /(?:\b(?:trx|knex|db|connection)|\.(?:from|join|leftJoin|innerJoin))\(\s*['`]([a-z_]+)\b/g,
    )) {
      tables.set(table!, where);
    }
    for (const literal of literalsOf(file)) {
      const ctes = new Set([...literal.matchAll(/\b([a-z_]+) as \(/gi)].map((m) => m[1]));
      for (const [word] of literal.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)) {
        if (!ctes.has(word)) words.set(word, where);
      }
      if (!SQL_STATEMENT.test(literal)) continue;
      for (const [, table] of literal.matchAll(
        /\b(?:from|join|into|update)\s+([a-z_]+)\b(?!\s*\()/gi,
      )) {
        if (!ctes.has(table!)) tables.set(table!, where);
      }
    }
  }
  return { tables, words };
}

describe('the names the SQL uses', () => {
  let schema: Schema;
  beforeAll(async () => {
    schema = await readSchema();
  });

  it('every link table of the db layer is in the database with its columns', () => {
    const missing: string[] = [];
    for (const relation of Object.keys(RELATIONS) as Relation[]) {
      const link = linkOf(relation);
      const columns = schema.database.get(link.table);
      const wanted = [link.ownerColumn, link.targetColumn, link.orderColumn];
      wanted.push(link.inverseOrderColumn);
      for (const column of wanted) {
        if (column && !columns?.has(column)) missing.push(`${relation}: ${link.table}.${column}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every state column the row moves write is in the database', () => {
    for (const [machine, uid] of Object.entries(ROW_RECORDS)) {
      const column = columnName(uid, machines[machine as keyof typeof ROW_RECORDS].field);
      expect(schema.database.get(tableName(uid))?.has(column), `${machine}: ${column}`).toBe(true);
    }
  });

  it('every table the SQL names is Strapi’s or database/constraints’, and in the database', () => {
    const { tables } = namesInSource();
    expect(tables.size).toBeGreaterThan(20);
    const unknown = [...tables].filter(
      ([table]) =>
        !schema.database.has(table) ||
        (!schema.strapiTables.has(table) && !schema.ownTables.has(table)),
    );
    expect(unknown.map(([table, file]) => `${table} (${file})`)).toEqual([]);
  });

  it('every snake_case column the SQL names is one Strapi’s metadata or the database has', () => {
    const { words } = namesInSource();
    const databaseColumns = new Set([...schema.database.values()].flatMap((c) => [...c]));
    const unknown = [...words].filter(([word]) => {
      if (NOT_NAMES.has(word)) return false;
      if (schema.strapiTables.has(word) || schema.ownTables.has(word)) return false;
      // A column of Strapi's is checked against its metadata; ours (constraints) the database.
      return !schema.strapiColumns.has(word) && !databaseColumns.has(word);
    });
    expect(unknown.map(([word, file]) => `${word} (${file})`)).toEqual([]);
  });
});
