import { SMTPServer } from 'smtp-server';
import { testSecrets } from '../../cms/tests/support/boot';
import { createDatabase } from '../../database/embedded';
import { freePort } from '../lib/processes';
import { startSystem } from '../lib/system';
import { ensureTemplate, TEMPLATE } from '../lib/test-database';

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

/**
 * The cms and the built portal on `database`, a fresh copy of the test template on the server
 * at `serverUrl`, with a mail sink; free ports. The caller stops both.
 */
export async function startBenchSystem(
  serverUrl: string,
  database: string,
  env: Record<string, string> = {},
) {
  await ensureTemplate(serverUrl);
  await copyTemplate(serverUrl, database);
  const [cmsPort, portalPort, smtpPort] = [await freePort(), await freePort(), await freePort()];
  const smtp = await mailSink(smtpPort);
  const system = await startSystem({
    instance: 'test',
    database,
    // Already copied above; naming the template also keeps a DATABASE_URL that names a
    // database (…/postgres) from being used instead of this one.
    template: TEMPLATE,
    cmsPort,
    portalPort,
    smtpPort,
    quiet: true,
    env: { ...testSecrets, LOG_LEVEL: 'warn', ...env },
  });
  return { system, smtp };
}
