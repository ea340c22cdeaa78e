import { NotificationRefused } from './types';

/** A form-encoded body as a plain object; a repeated key is malformed (signatures cover one). */
export function parseForm(rawBody: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(rawBody)) {
    if (key in fields) throw new NotificationRefused('malformed', `repeated field ${key}`);
    fields[key] = value;
  }
  return fields;
}
