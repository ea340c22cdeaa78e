import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../../scripts/lib/processes';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** The text body, decoded by mailparser. */
  text: string;
  subject: string;
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
          stream.on('end', async () => {
            const parsed = await simpleParser(raw);
            mails.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              raw,
              text: parsed.text ?? '',
              subject: parsed.subject ?? '',
            });
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
