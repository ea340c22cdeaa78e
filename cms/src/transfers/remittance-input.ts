import { type Remittance, remittanceRequest } from '@pvis/config';
import { parseRequest } from '../http/request-schema';

export type RemittanceInput = Remittance;

/** A multipart form sends its fields as strings, either loose or as a JSON `data` field. */
export function remittanceFieldsOf(body: unknown): Record<string, unknown> {
  const fields = (body ?? {}) as Record<string, unknown>;
  if (typeof fields.data === 'string') {
    try {
      return JSON.parse(fields.data) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  if (fields.data && typeof fields.data === 'object') return fields.data as Record<string, unknown>;
  return fields;
}

/**
 * The remittance details (汇款信息) as the payer's bank shows them, by the remittance schema;
 * every problem at once, in zh and en, before anything is stored.
 */
export const parseRemittance = (raw: Record<string, unknown>, now = new Date()): RemittanceInput =>
  parseRequest(remittanceRequest(now), raw);
