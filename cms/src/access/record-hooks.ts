import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Caller } from './caller';
import type { FieldValidator } from './field-rules';

/**
 * What a record's own domain adds to its scoped core routes. The access table says who may do
 * what; these say how the record is checked, completed and shown. Each resource's controller
 * passes its own, so the access table imports no domain module.
 */
export interface RecordHooks {
  validate?: FieldValidator;
  /** Server-kept fields that follow from written ones (e.g. the delegation's path). */
  derive?: (strapi: Core.Strapi, data: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** What the machine's guards read besides the record, for the caller's `allowedActions`. */
  actionContext?: (strapi: Core.Strapi, caller: Caller) => Promise<Record<string, unknown>>;
  /** Actions of the resource's own routes the caller may take on this record (e.g. `reuse`). */
  extraActions?: (
    record: Record<string, unknown>,
    caller: Caller,
    context: Record<string, unknown>,
  ) => string[];
  /** How a record looks in a list (invoices); ID numbers are masked for every route by middlewares/id-numbers.ts. */
  listView?: (record: Record<string, unknown>) => Record<string, unknown>;
  /** Run by the record route with the record it is about to answer (may refuse it, e.g. 429). */
  recordShown?: (
    strapi: Core.Strapi,
    ctx: Context,
    caller: Caller,
    record: Record<string, unknown>,
  ) => Promise<void>;
  /** Checks a new record may be added now (throws 4xx) and returns the fields the server sets. */
  admit?: (
    strapi: Core.Strapi,
    caller: Caller,
    data: Record<string, unknown>,
  ) => Promise<Record<string, unknown>>;
}
