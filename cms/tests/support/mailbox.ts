import { type AddressInfo, createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** The decoded text body (quoted-printable / base64 undone well enough for assertions). */
  text: string;
  subject: string;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

function decode(raw: string) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  let body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    body = Buffer.from(
      body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  } else if (/content-transfer-encoding:\s*base64/i.test(head)) {
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  const encodedSubject = /^subject:\s*(.*)$/im.exec(head)?.[1] ?? '';
  const subject = encodedSubject.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind, text) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_m: string, h: string) =>
              String.fromCharCode(Number.parseInt(h, 16)),
            ),
          'latin1',
        ).toString('utf8'),
  );
  return { text: body, subject: subject.replace(/\s+/g, ' ') };
}

/** An in-process SMTP server for one test file: what the cms sends lands in `mails`. */
export async function openMailbox(port?: number) {
  const mails: ReceivedMail[] = [];
  const chosen = port ?? (await freePort());
  let server: SMTPServer | null = null;
  const mailbox = {
    port: chosen,
    mails,
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onData(stream, session, callback) {
          let raw = '';
          stream.on('data', (chunk: Buffer) => {
            raw += chunk.toString('utf8');
          });
          stream.on('end', () => {
            mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, ...decode(raw) });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => server!.listen(chosen, '127.0.0.1', resolve));
    },
    async stop() {
      const running = server;
      server = null;
      if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    /** Waits until a mail to `to` matching `predicate` arrived. */
    async waitFor(
      to: string,
      predicate: (mail: ReceivedMail) => boolean = () => true,
      timeoutMs = 20_000,
    ) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = mails.find((m) => m.to.includes(to) && predicate(m));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(
        `no mail to ${to} within ${timeoutMs} ms (got ${mails.map((m) => m.to.join(',')).join('; ') || 'none'})`,
      );
    },
  };
  return mailbox;
}
