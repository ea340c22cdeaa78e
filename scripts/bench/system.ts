import { SMTPServer } from 'smtp-server';
import { createDatabase } from '../../database/embedded';
import { TEMPLATE } from '../lib/test-database';

/** Accepts and discards mail, so the cms's notifications neither fail nor wait. */
export async function mailSink(port: number) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      stream.resume();
      stream.on('end', () => done());
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** CREATE DATABASE … TEMPLATE fails while anyone (a test run building it) is connected: retry a minute. */
export async function copyTemplate(serverUrl: string, database: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createDatabase(serverUrl, database, TEMPLATE);
    } catch (error) {
      if (attempt >= 30 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}
