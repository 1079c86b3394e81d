/**
 * Imports a real directory (tenants and their users) from a CSV or JSON file.
 *
 * ## File format
 *
 * Two kinds of record, `tenant` and `user`:
 *
 * | record | column                 | required | value                                                         |
 * |--------|------------------------|----------|---------------------------------------------------------------|
 * | tenant | `id`                   | yes      | Entra tenant id, a GUID                                       |
 * | tenant | `name`                 | yes      | up to 200 characters                                          |
 * | tenant | `kind`                 | yes      | `commercial`, `government`, `nonprofit` or `education`        |
 * | tenant | `market`               | yes      | ISO 3166-1 alpha-2 country of the billing account (`US`)      |
 * | tenant | `managed`              | no (true)| false for an unmanaged ("viral") tenant                       |
 * | tenant | `slackTeamId`          | no       | Slack workspace to map to the tenant: `T` + 8–11 of `A-Z0-9`  |
 * | tenant | `slackEnterpriseId`    | no       | its Enterprise Grid org, `E` + 8–11 of `A-Z0-9`; needs `slackTeamId` |
 * | user   | `tenantId`             | yes      | a tenant of the same file or already in the database          |
 * | user   | `email`                | yes      | unique within the tenant                                      |
 * | user   | `displayName`          | yes      | up to 200 characters                                          |
 * | user   | `entraObjectId`        | yes      | Entra object id, a GUID, unique across tenants                |
 * | user   | `userType`             | no (member) | `member` or `guest`                                        |
 * | user   | `accountEnabled`       | no (true)|                                                               |
 * | user   | `syncedFromOnPremises` | no (false)|                                                              |
 * | user   | `globalAdmin`          | no (false)| not allowed in an unmanaged tenant                           |
 * | user   | `billingAdmin`         | no (false)| not allowed in an unmanaged tenant                           |
 * | user   | `slackUserId`          | no       | `U…` or `W…`, unique within the tenant                        |
 * | user   | `locale`               | no       | language tag (`fr-FR`)                                        |
 *
 * Booleans are `true`/`false` (also `yes`/`no`, `1`/`0`). Tenants are matched by `id`, users by
 * `entraObjectId`: a known one is updated, an unknown one created. A column that is absent, or a
 * cell left empty, means "not given": a new row gets the default, an existing row keeps its
 * value. In JSON, `null` clears `slackUserId`, `locale` or `slackEnterpriseId`.
 *
 * A tenant row with `slackTeamId` maps that Slack workspace to the tenant: the `slack_workspaces`
 * row the Slack channel finds the tenant by is created, or, when the team is already mapped to
 * this tenant, its enterprise id updated if `slackEnterpriseId` is given. A team belongs to one
 * tenant: a team id given twice in the file, or already mapped to another tenant, is refused.
 * Leaving `slackTeamId` out never removes a mapping, nor touches the tenant's other workspaces.
 *
 * **CSV** (RFC 4180: comma-separated, `"`-quoted fields may hold commas, quotes doubled as `""`
 * and line breaks; CRLF or LF): a header row naming the columns, in any order, with a `record`
 * column (`tenant` or `user`); cells of columns that do not apply to a row's record stay empty.
 * ```csv
 * record,id,name,kind,market,managed,tenantId,email,displayName,entraObjectId,globalAdmin
 * tenant,757ce249-7b18-4ba2-84f9-10a52f4e6464,"Contoso, Ltd",commercial,US,true,,,,,
 * user,,,,,,757ce249-7b18-4ba2-84f9-10a52f4e6464,anna@contoso.example,Anna Martin,cc2f643d-dbb7-40af-b2c7-94bce7feddbf,false
 * ```
 * **JSON**: `{"tenants": [{…}], "users": [{…}]}`, or an array of rows each with a `record` field,
 * keyed by the column names above.
 *
 * Every row is checked before anything is written; if any row is wrong nothing is imported and
 * `DirectoryImportError` lists each problem with the line it is on (the line a CSV record or a
 * JSON object starts on). Otherwise every row is written in one transaction.
 */
import { Transaction } from 'sequelize';
import type { Database } from '../models/database';
import type { DirectoryUser, SlackWorkspace, Tenant } from '../models/directory';
import { newId } from '../models/ids';
import { TENANT_KINDS, TenantKind, USER_TYPES, UserType } from './types';

export type DirectoryFileFormat = 'csv' | 'json';

export interface ImportProblem {
  /** 1-based line of the file the problem is on. */
  line: number;
  message: string;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  tenants: ImportCounts;
  /** `slack_workspaces` rows, from the tenants' `slackTeamId`. */
  slackWorkspaces: ImportCounts;
  users: ImportCounts;
}

/** The file was refused: nothing was imported. */
export class DirectoryImportError extends Error {
  readonly code = 'DIRECTORY_IMPORT_INVALID' as const;

  constructor(readonly problems: ImportProblem[]) {
    super(
      `The directory file was not imported (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `line ${p.line}: ${p.message}`).join('\n'),
    );
    this.name = 'DirectoryImportError';
  }
}

/** The format a file name implies, or null. */
export function formatFromFileName(fileName: string): DirectoryFileFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return null;
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

export interface CsvRecord {
  /** Line the record starts on (a quoted field may span several). */
  line: number;
  fields: string[];
}

/** Malformed CSV: the structure cannot be trusted past this point. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Splits CSV text into records. Blank lines are skipped; a leading byte-order mark is ignored. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let state: 'start' | 'unquoted' | 'quoted' | 'closed' = 'start';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let quoted = false;

  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== '' || quoted) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quoted = false;
    state = 'start';
  };

  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (state === 'start') {
      if (c === '"') {
        state = 'quoted';
        quoted = true;
        quoteLine = line;
        continue;
      }
      state = 'unquoted';
    }
    if (state === 'quoted') {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        state = 'closed';
      } else {
        field += c;
        if (c === '\n' || (c === '\r' && input[i + 1] !== '\n')) line++;
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      state = 'start';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      recordLine = ++line;
    } else if (state === 'closed') {
      throw new CsvSyntaxError(
        line,
        'unexpected text after a closing quote; double a quote inside a quoted field ("")',
      );
    } else if (c === '"') {
      throw new CsvSyntaxError(
        line,
        'a quote (") inside an unquoted field; quote the whole field and double the quote',
      );
    } else {
      field += c;
    }
  }
  if (state === 'quoted') throw new CsvSyntaxError(quoteLine, 'a quoted field is never closed');
  if (state !== 'start' || fields.length > 0) endRecord();
  return records;
}

// ---------------------------------------------------------------------------------------------
// JSON, with the line each object starts on

class JsonObject {
  constructor(
    readonly line: number,
    readonly fields: Map<string, { value: JsonValue; line: number }>,
  ) {}
}
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** A small JSON reader that remembers lines: `JSON.parse` cannot say where a bad row is. */
class JsonReader {
  private pos = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  read(): JsonValue {
    const value = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected text after the end of the JSON document');
    return value;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(this.line, `invalid JSON: ${message}`);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '\n') this.line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      this.pos++;
    }
  }

  private value(): JsonValue {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return literal;
      }
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(
      this.text.slice(this.pos, this.pos + 64),
    );
    if (number) {
      this.pos += number[0].length;
      return Number(number[0]);
    }
    return this.fail(
      c === undefined ? 'the document ends too early' : `unexpected character ${JSON.stringify(c)}`,
    );
  }

  private string(): string {
    const start = this.pos;
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '\\') this.pos++;
      else if (c === '"') break;
      else if (c === '\n') this.fail('a string is not closed on its line');
    }
    if (this.pos >= this.text.length) this.fail('a string is never closed');
    this.pos++;
    try {
      return JSON.parse(this.text.slice(start, this.pos)) as string;
    } catch {
      return this.fail('bad escape or control character in a string');
    }
  }

  private array(): JsonValue[] {
    const items: JsonValue[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === ']') return items;
      if (c !== ',') this.fail("expected ',' or ']'");
    }
  }

  private object(): JsonObject {
    const object = new JsonObject(this.line, new Map());
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return object;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a "quoted" field name');
      const keyLine = this.line;
      const key = this.string();
      if (object.fields.has(key))
        throw new JsonSyntaxError(keyLine, `field ${key} appears twice in one object`);
      this.skipSpace();
      if (this.text[this.pos++] !== ':') this.fail("expected ':' after a field name");
      object.fields.set(key, { value: this.value(), line: keyLine });
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === '}') return object;
      if (c !== ',') this.fail("expected ',' or '}'");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Rows and fields

type RecordKind = 'tenant' | 'user';
const RECORD_KINDS: readonly RecordKind[] = ['tenant', 'user'];

const TENANT_COLUMNS = [
  'id',
  'name',
  'kind',
  'market',
  'managed',
  'slackTeamId',
  'slackEnterpriseId',
] as const;
const USER_COLUMNS = [
  'tenantId',
  'email',
  'displayName',
  'entraObjectId',
  'userType',
  'accountEnabled',
  'syncedFromOnPremises',
  'globalAdmin',
  'billingAdmin',
  'slackUserId',
  'locale',
] as const;
const ALL_COLUMNS: readonly string[] = ['record', ...TENANT_COLUMNS, ...USER_COLUMNS];

/** A JSON array or object where a plain value belongs. */
const NESTED = Object.freeze({ nested: true });

/** A cell as read: absent cells are not in the map; `null`, numbers and NESTED only come from JSON. */
type Cell = string | number | boolean | null | typeof NESTED;

interface RawRow {
  line: number;
  /** From the `record` column, or implied by the JSON array the row is in. */
  record: Cell | undefined;
  cells: Map<string, Cell>;
}

interface TenantInput {
  line: number;
  id: string;
  name: string;
  kind: TenantKind;
  market: string;
  managed?: boolean;
  slackTeamId?: string;
  slackEnterpriseId?: string | null;
}

interface UserInput {
  line: number;
  tenantId: string;
  email: string;
  displayName: string;
  entraObjectId: string;
  userType?: UserType;
  accountEnabled?: boolean;
  syncedFromOnPremises?: boolean;
  globalAdmin?: boolean;
  billingAdmin?: boolean;
  slackUserId?: string | null;
  preferredLocale?: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(
  `^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$`,
);
const SLACK_USER = /^[UW][A-Z0-9]{2,31}$/;
const SLACK_TEAM = /^T[A-Z0-9]{8,11}$/;
const SLACK_ENTERPRISE = /^E[A-Z0-9]{8,11}$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;
const TRUE_WORDS = ['true', 'yes', '1'];
const FALSE_WORDS = ['false', 'no', '0'];

type Check<T> = { value: T } | { problem: string };

/** Reads one row's cells into typed values, collecting a message per bad cell. */
class CellReader {
  readonly problems: string[] = [];

  constructor(private readonly cells: Map<string, Cell>) {}

  private read<T>(column: string, required: boolean, convert: (text: string) => Check<T>): T | undefined {
    const cell = this.cells.get(column);
    if (cell === undefined || cell === null || cell === '') {
      if (required) this.problems.push(`${column} is required`);
      return undefined;
    }
    if (typeof cell !== 'string') {
      this.problems.push(`${column} must be text`);
      return undefined;
    }
    const checked = convert(cell);
    if ('problem' in checked) {
      this.problems.push(`${column} ${checked.problem}`);
      return undefined;
    }
    return checked.value;
  }

  /** A nullable column: JSON `null` clears it. */
  private clearable<T>(column: string, convert: (text: string) => Check<T>): T | null | undefined {
    if (this.cells.get(column) === null) return null;
    return this.read(column, false, convert);
  }

  guid(column: string): string | undefined {
    return this.read(column, true, (text) =>
      GUID.test(text)
        ? { value: text.toLowerCase() }
        : { problem: 'must be a GUID such as 757ce249-7b18-4ba2-84f9-10a52f4e6464' },
    );
  }

  text(column: string): string | undefined {
    return this.read(column, true, (text) =>
      text.length <= 200 ? { value: text } : { problem: 'must be at most 200 characters' },
    );
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], required: boolean): T | undefined {
    return this.read(column, required, (text) => {
      const value = text.toLowerCase() as T;
      return allowed.includes(value) ? { value } : { problem: `must be one of ${allowed.join(', ')}` };
    });
  }

  market(column: string): string | undefined {
    return this.read(column, true, (text) =>
      /^[A-Za-z]{2}$/.test(text)
        ? { value: text.toUpperCase() }
        : { problem: 'must be a two-letter country code (ISO 3166-1 alpha-2) such as US' },
    );
  }

  flag(column: string): boolean | undefined {
    const cell = this.cells.get(column);
    if (typeof cell === 'boolean') return cell;
    if (cell !== undefined && cell !== null && typeof cell !== 'string') {
      this.problems.push(`${column} must be true or false`);
      return undefined;
    }
    return this.read(column, false, (text) => {
      const word = text.toLowerCase();
      if (TRUE_WORDS.includes(word)) return { value: true };
      if (FALSE_WORDS.includes(word)) return { value: false };
      return { problem: 'must be true or false' };
    });
  }

  email(column: string): string | undefined {
    return this.read(column, true, (text) =>
      EMAIL.test(text) && text.length <= 320
        ? { value: text.toLowerCase() }
        : { problem: `must be an e-mail address, not "${text}"` },
    );
  }

  slackUserId(column: string): string | null | undefined {
    return this.clearable(column, (text) =>
      SLACK_USER.test(text) ? { value: text } : { problem: 'must be a Slack user id such as U07ANNAM01' },
    );
  }

  slackTeamId(column: string): string | undefined {
    return this.read(column, false, (text) =>
      SLACK_TEAM.test(text)
        ? { value: text }
        : {
            problem: 'must be a Slack team id: T and 8 to 11 uppercase letters or digits, such as T07CONTOSO',
          },
    );
  }

  slackEnterpriseId(column: string): string | null | undefined {
    return this.clearable(column, (text) =>
      SLACK_ENTERPRISE.test(text)
        ? { value: text }
        : {
            problem:
              'must be a Slack enterprise id: E and 8 to 11 uppercase letters or digits, such as E07CONTOSO',
          },
    );
  }

  locale(column: string): string | null | undefined {
    return this.clearable(column, (text) =>
      LOCALE.test(text) && text.length <= 10
        ? { value: text }
        : { problem: 'must be a language tag such as fr-FR or en-US' },
    );
  }
}

interface ParsedFile {
  tenants: TenantInput[];
  users: UserInput[];
  problems: ImportProblem[];
}

function readRows(rows: RawRow[], problems: ImportProblem[]): ParsedFile {
  const tenants: TenantInput[] = [];
  const users: UserInput[] = [];
  for (const row of rows) {
    const record = typeof row.record === 'string' ? row.record.trim().toLowerCase() : row.record;
    if (!RECORD_KINDS.includes(record as RecordKind)) {
      problems.push({ line: row.line, message: `record must be one of ${RECORD_KINDS.join(', ')}` });
      continue;
    }
    const own: readonly string[] = record === 'tenant' ? TENANT_COLUMNS : USER_COLUMNS;
    const rowProblems: string[] = [];
    for (const column of row.cells.keys()) {
      if (own.includes(column)) continue;
      rowProblems.push(
        ALL_COLUMNS.includes(column)
          ? `${column} does not apply to a ${record} row (leave it empty)`
          : `unknown field ${column}`,
      );
    }
    const cells = new CellReader(row.cells);
    if (record === 'tenant') {
      const tenant = {
        line: row.line,
        id: cells.guid('id'),
        name: cells.text('name'),
        kind: cells.oneOf('kind', TENANT_KINDS, true),
        market: cells.market('market'),
        managed: cells.flag('managed'),
        slackTeamId: cells.slackTeamId('slackTeamId'),
        slackEnterpriseId: cells.slackEnterpriseId('slackEnterpriseId'),
      };
      const enterprise = row.cells.get('slackEnterpriseId');
      if (enterprise !== undefined && enterprise !== null && !row.cells.get('slackTeamId')) {
        rowProblems.push('slackEnterpriseId is only allowed with slackTeamId');
      }
      if (!cells.problems.length && !rowProblems.length) tenants.push(tenant as TenantInput);
    } else {
      const user = {
        line: row.line,
        tenantId: cells.guid('tenantId'),
        email: cells.email('email'),
        displayName: cells.text('displayName'),
        entraObjectId: cells.guid('entraObjectId'),
        userType: cells.oneOf('userType', USER_TYPES, false),
        accountEnabled: cells.flag('accountEnabled'),
        syncedFromOnPremises: cells.flag('syncedFromOnPremises'),
        globalAdmin: cells.flag('globalAdmin'),
        billingAdmin: cells.flag('billingAdmin'),
        slackUserId: cells.slackUserId('slackUserId'),
        preferredLocale: cells.locale('locale'),
      };
      if (!cells.problems.length && !rowProblems.length) users.push(user as UserInput);
    }
    for (const message of [...rowProblems, ...cells.problems]) problems.push({ line: row.line, message });
  }
  return { tenants, users, problems };
}

function csvRows(text: string, problems: ImportProblem[]): RawRow[] {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ line: error.line, message: `invalid CSV: ${error.message}` });
    return [];
  }
  const [header, ...body] = records;
  if (!header) {
    problems.push({ line: 1, message: 'the file is empty: expected a header row and tenant or user rows' });
    return [];
  }
  const columns: string[] = [];
  const canonical = new Map(ALL_COLUMNS.map((c) => [c.toLowerCase(), c]));
  for (const name of header.fields) {
    const column = canonical.get(name.trim().toLowerCase());
    if (!column) {
      problems.push({
        line: header.line,
        message: `unknown column "${name.trim()}"; the columns are ${ALL_COLUMNS.join(', ')}`,
      });
    } else if (columns.includes(column)) {
      problems.push({ line: header.line, message: `column ${column} appears twice in the header` });
    }
    columns.push(column ?? '');
  }
  if (!columns.includes('record')) {
    problems.push({ line: header.line, message: 'the header needs a record column (tenant or user)' });
  }
  if (problems.length) return [];

  const rows: RawRow[] = [];
  for (const { line, fields } of body) {
    if (fields.length !== columns.length) {
      problems.push({
        line,
        message: `expected ${columns.length} fields as in the header, found ${fields.length}`,
      });
      continue;
    }
    const cells = new Map<string, Cell>();
    let record: Cell | undefined;
    columns.forEach((column, index) => {
      const value = fields[index].trim();
      if (value === '') return;
      if (column === 'record') record = value;
      else cells.set(column, value);
    });
    rows.push({ line, record, cells });
  }
  return rows;
}

function jsonCells(object: JsonObject): { record: Cell | undefined; cells: Map<string, Cell> } {
  const cells = new Map<string, Cell>();
  let record: Cell | undefined;
  for (const [key, { value }] of object.fields) {
    const cell: Cell = Array.isArray(value) || value instanceof JsonObject ? NESTED : value;
    if (key === 'record') record = cell;
    else cells.set(key, typeof cell === 'string' ? cell.trim() : cell);
  }
  return { record, cells };
}

function jsonRows(text: string, problems: ImportProblem[]): RawRow[] {
  let document: JsonValue;
  try {
    document = new JsonReader(text.startsWith('\uFEFF') ? text.slice(1) : text).read();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    problems.push({ line: error.line, message: error.message });
    return [];
  }
  const rows: RawRow[] = [];
  const addRows = (items: JsonValue[], arrayLine: number, implied: RecordKind | undefined) => {
    for (const item of items) {
      if (!(item instanceof JsonObject)) {
        problems.push({ line: arrayLine, message: 'each row must be a JSON object' });
        continue;
      }
      const { record, cells } = jsonCells(item);
      const named = typeof record === 'string' ? record.trim().toLowerCase() : record;
      if (implied && named !== undefined && named !== implied) {
        problems.push({ line: item.line, message: `record must be ${implied} in the ${implied}s array` });
        continue;
      }
      rows.push({ line: item.line, record: record ?? implied, cells });
    }
  };
  if (Array.isArray(document)) {
    addRows(document, 1, undefined);
  } else if (document instanceof JsonObject) {
    for (const [key, { value, line }] of document.fields) {
      const implied = key === 'tenants' ? 'tenant' : key === 'users' ? 'user' : undefined;
      if (!implied) {
        problems.push({ line, message: `unknown field ${key}; expected "tenants" and "users"` });
      } else if (!Array.isArray(value)) {
        problems.push({ line, message: `${key} must be an array of rows` });
      } else {
        addRows(value, line, implied);
      }
    }
  } else {
    problems.push({
      line: 1,
      message: 'expected an array of rows or an object with "tenants" and "users" arrays',
    });
  }
  return rows;
}

/** Problems that only need the file: duplicates and a user's tenant missing from the file. */
function checkFile(file: ParsedFile): void {
  const tenantLines = new Map<string, number>();
  for (const tenant of file.tenants) {
    const first = tenantLines.get(tenant.id);
    if (first !== undefined) {
      file.problems.push({ line: tenant.line, message: `tenant ${tenant.id} is already on line ${first}` });
    } else {
      tenantLines.set(tenant.id, tenant.line);
    }
  }
  const teamLines = new Map<string, number>();
  for (const { slackTeamId, line } of file.tenants) {
    if (!slackTeamId) continue;
    const first = teamLines.get(slackTeamId);
    if (first !== undefined) {
      file.problems.push({ line, message: `slackTeamId ${slackTeamId} is already on line ${first}` });
    } else {
      teamLines.set(slackTeamId, line);
    }
  }
  const seen = new Map<string, number>();
  const once = (key: string, line: number, message: string) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else file.problems.push({ line, message: `${message} is already on line ${first}` });
  };
  for (const user of file.users) {
    once(`oid:${user.entraObjectId}`, user.line, `entraObjectId ${user.entraObjectId}`);
    once(`email:${user.tenantId}:${user.email}`, user.line, `email ${user.email}`);
    if (user.slackUserId) {
      once(`slack:${user.tenantId}:${user.slackUserId}`, user.line, `slackUserId ${user.slackUserId}`);
    }
  }
}

function parseFile(fileText: string, format: DirectoryFileFormat): ParsedFile {
  const problems: ImportProblem[] = [];
  const rows = format === 'csv' ? csvRows(fileText, problems) : jsonRows(fileText, problems);
  const file = readRows(rows, problems);
  if (!problems.length && !file.tenants.length && !file.users.length) {
    problems.push({ line: 1, message: 'the file has no tenant or user rows' });
  }
  checkFile(file);
  return file;
}

// ---------------------------------------------------------------------------------------------
// Database

const CHUNK = 500;

async function findIn<T>(ids: string[], find: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) found.push(...(await find(ids.slice(i, i + CHUNK))));
  return found;
}

function validationMessages(error: unknown): string[] {
  const e = error as { name?: string; errors?: { path?: string | null; message: string }[] };
  if (e.name !== 'SequelizeValidationError' || !e.errors) throw error;
  return e.errors.map((item) => (item.path ? `${item.path} is not valid (${item.message})` : item.message));
}

interface Planned<M> {
  line: number;
  row: M;
  isNew: boolean;
}

/**
 * Checks the file against the database and, when every row is right, writes it all in one
 * transaction. Throws DirectoryImportError, having written nothing, when any row is wrong.
 */
export async function importDirectory(
  db: Database,
  fileText: string,
  format: DirectoryFileFormat,
): Promise<ImportReport> {
  const file = parseFile(fileText, format);
  if (file.problems.length) throw new DirectoryImportError(sortProblems(file.problems));

  return db.write(async (transaction) => {
    const { tenants, slackWorkspaces, users } = await plan(db, file, transaction);
    // Tenants first: workspaces and users refer to them.
    return {
      tenants: await saveAll(tenants, transaction),
      slackWorkspaces: await saveAll(slackWorkspaces, transaction),
      users: await saveAll(users, transaction),
    };
  });
}

async function saveAll(
  planned: Planned<Tenant | SlackWorkspace | DirectoryUser>[],
  transaction: Transaction,
): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const { row, isNew } of planned) {
    if (!isNew && !row.changed()) {
      counts.unchanged++;
      continue;
    }
    await row.save({ transaction });
    counts[isNew ? 'created' : 'updated']++;
  }
  return counts;
}

/** Builds (without saving) every row to write, or throws with every problem found. */
async function plan(
  db: Database,
  file: ParsedFile,
  transaction: Transaction,
): Promise<{
  tenants: Planned<Tenant>[];
  slackWorkspaces: Planned<SlackWorkspace>[];
  users: Planned<DirectoryUser>[];
}> {
  const { Tenant: Tenants, DirectoryUser: Users, SlackWorkspace: Workspaces } = db.models;
  const problems = file.problems;

  const tenantIds = [...new Set([...file.tenants.map((t) => t.id), ...file.users.map((u) => u.tenantId)])];
  const storedTenants = new Map(
    (await findIn(tenantIds, (chunk) => Tenants.findAll({ where: { id: chunk }, transaction }))).map((t) => [
      t.id,
      t,
    ]),
  );
  const tenants: Planned<Tenant>[] = [];
  const effectiveManaged = new Map<string, boolean>();
  for (const { line, id, name, kind, market, managed } of file.tenants) {
    // The Slack columns are not the tenant's: they go to slack_workspaces below.
    const input = { id, name, kind, market, managed };
    const stored = storedTenants.get(input.id);
    const row = stored ?? Tenants.build({ ...input, managed: input.managed ?? true });
    if (stored) row.set(definedOnly(input));
    effectiveManaged.set(input.id, row.managed);
    tenants.push({ line, row, isNew: !stored });
  }

  const mapped = file.tenants.filter((t): t is TenantInput & { slackTeamId: string } => !!t.slackTeamId);
  const storedWorkspaces = new Map(
    (
      await findIn(
        mapped.map((t) => t.slackTeamId),
        (chunk) => Workspaces.findAll({ where: { teamId: chunk }, transaction }),
      )
    ).map((w) => [w.teamId, w]),
  );
  const slackWorkspaces: Planned<SlackWorkspace>[] = [];
  for (const { line, id: tenantId, slackTeamId: teamId, slackEnterpriseId: enterpriseId } of mapped) {
    const stored = storedWorkspaces.get(teamId);
    if (stored && stored.tenantId !== tenantId) {
      problems.push({
        line,
        message: `slackTeamId ${teamId} is already mapped to another tenant (${stored.tenantId})`,
      });
      continue;
    }
    const row = stored ?? Workspaces.build({ teamId, tenantId, enterpriseId: enterpriseId ?? null });
    if (stored && enterpriseId !== undefined) row.set({ enterpriseId });
    slackWorkspaces.push({ line, row, isNew: !stored });
  }
  for (const [id, tenant] of storedTenants) {
    if (!effectiveManaged.has(id)) effectiveManaged.set(id, tenant.managed);
  }

  const storedByObjectId = new Map(
    (
      await findIn(
        file.users.map((u) => u.entraObjectId),
        (chunk) => Users.findAll({ where: { entraObjectId: chunk }, transaction }),
      )
    ).map((u) => [u.entraObjectId, u]),
  );
  const storedOfTenants = await findIn([...new Set(file.users.map((u) => u.tenantId))], (chunk) =>
    Users.findAll({ where: { tenantId: chunk }, transaction }),
  );
  const storedByEmail = new Map(storedOfTenants.map((u) => [`${u.tenantId}:${u.email.toLowerCase()}`, u]));
  const storedBySlack = new Map(
    storedOfTenants.filter((u) => u.slackUserId).map((u) => [`${u.tenantId}:${u.slackUserId}`, u]),
  );

  const users: Planned<DirectoryUser>[] = [];
  for (const { line, ...input } of file.users) {
    const managed = effectiveManaged.get(input.tenantId);
    if (managed === undefined) {
      problems.push({
        line,
        message: `tenantId ${input.tenantId} is not a tenant of this file or of the database`,
      });
      continue;
    }
    const stored = storedByObjectId.get(input.entraObjectId);
    if (stored && stored.tenantId !== input.tenantId) {
      problems.push({
        line,
        message: `entraObjectId ${input.entraObjectId} belongs to a user of another tenant (${stored.tenantId})`,
      });
      continue;
    }
    const sameEmail = storedByEmail.get(`${input.tenantId}:${input.email}`);
    if (sameEmail && sameEmail.entraObjectId !== input.entraObjectId) {
      problems.push({ line, message: `email ${input.email} is already used by another user of this tenant` });
    }
    const sameSlack = input.slackUserId
      ? storedBySlack.get(`${input.tenantId}:${input.slackUserId}`)
      : undefined;
    if (sameSlack && sameSlack.entraObjectId !== input.entraObjectId) {
      problems.push({
        line,
        message: `slackUserId ${input.slackUserId} is already used by another user of this tenant`,
      });
    }
    const row =
      stored ??
      Users.build({
        id: newId('usr'),
        tenantId: input.tenantId,
        email: input.email,
        displayName: input.displayName,
        entraObjectId: input.entraObjectId,
        userType: input.userType ?? 'member',
        accountEnabled: input.accountEnabled ?? true,
        syncedFromOnPremises: input.syncedFromOnPremises ?? false,
        globalAdmin: input.globalAdmin ?? false,
        billingAdmin: input.billingAdmin ?? false,
        slackUserId: input.slackUserId ?? null,
        preferredLocale: input.preferredLocale ?? null,
      });
    if (stored) row.set(definedOnly(input));
    // An unmanaged tenant was created by e-mail sign-up: nobody administers it.
    if (!managed && (row.globalAdmin || row.billingAdmin)) {
      problems.push({ line, message: 'a user of an unmanaged tenant cannot be globalAdmin or billingAdmin' });
    }
    users.push({ line, row, isNew: !stored });
  }

  // The models' own validators have the last word, so nothing fails half-way through the writes.
  for (const { line, row } of [...tenants, ...slackWorkspaces, ...users] as Planned<
    Tenant | SlackWorkspace | DirectoryUser
  >[]) {
    if (problems.some((p) => p.line === line)) continue;
    try {
      await row.validate();
    } catch (error) {
      for (const message of validationMessages(error)) problems.push({ line, message });
    }
  }
  if (problems.length) throw new DirectoryImportError(sortProblems(problems));
  return { tenants, slackWorkspaces, users };
}

/** Drops keys whose value is undefined ("not given"), so they neither overwrite nor default. */
function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.line - b.problem.line || a.index - b.index)
    .map(({ problem }) => problem);
}
