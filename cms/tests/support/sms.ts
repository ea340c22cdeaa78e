import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CaughtSms {
  to: string;
  body: string;
  purpose: string;
}

/**
 * The SMS gateway of a test run: the cms sends with SMS_PROVIDER=http to `url` (POST, JSON
 * `{ to, body, purpose }`), the way it would to an in-house gateway; `GET <url>/messages?to=`
 * lists what arrived, for journeys in other processes. Codes are read here, never from the
 * outbox (which masks them).
 */
export async function openSmsCatcher(port = 0) {
  const messages: CaughtSms[] = [];
  const server = createServer((request, response) => {
    if (request.method === 'POST') {
      let raw = '';
      request.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      request.on('end', () => {
        messages.push(JSON.parse(raw) as CaughtSms);
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify({ id: `sms-${messages.length}` }));
      });
      return;
    }
    const to = new URL(request.url ?? '/', 'http://sms').searchParams.get('to');
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(messages.filter((m) => !to || m.to === to)));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    messages,
    /** The cms environment that sends SMS here. */
    env: { SMS_PROVIDER: 'http', SMS_HTTP_URL: url },
    /** The code in the last SMS to `to` ('' when none came). */
    lastCode(to: string) {
      const last = messages.filter((m) => m.to === to).at(-1);
      return /(\d{6})/.exec(last?.body ?? '')?.[1] ?? '';
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
