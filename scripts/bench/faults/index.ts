import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../lib/secrets';
import { killDuringRush } from './kill-cms';
import { restartPostgresUnderLoad } from './postgres-restart';
import { smtpOutage } from './smtp-outage';

/**
 * `npm run bench -- fault-kill|fault-postgres|fault-smtp|faults [--clients 10] [--minutes 5]`:
 * the fault campaign (docs/fault-campaign.md). Each scenario starts its own PostgreSQL, cms and
 * SMTP server, prints its figures as JSON and appends them to .tmp/fault-results.md.
 * FAULT_SEED_FROM=<postgres url of a seeded database> copies it first (pg_dump, read only), so the
 * cms boots without seeding — much faster on a busy machine.
 */
export const faultScenarios = ['fault-kill', 'fault-postgres', 'fault-smtp'] as const;

export async function runFaults(
  wanted: string,
  option: (name: string, fallback: string) => string,
) {
  const selected = wanted === 'faults' ? [...faultScenarios] : [wanted];
  const clients = Number(option('clients', '10'));
  const file = path.join(repoRoot, '.tmp', 'fault-results.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const name of selected) {
    const figures =
      name === 'fault-kill'
        ? await killDuringRush({
            clients,
            killAfterSeconds: Number(option('kill-after', '15')),
            afterRestartSeconds: Number(option('duration', '20')),
          })
        : name === 'fault-postgres'
          ? await restartPostgresUnderLoad({
              clients,
              restartAfterSeconds: 10,
              downSeconds: Number(option('down', '5')),
              afterSeconds: 30,
            })
          : await smtpOutage({
              minutes: Number(option('minutes', '5')),
              mails: Number(option('mails', '50')),
              waitMinutes: Number(option('wait', '15')),
            });
    const text = JSON.stringify(figures, null, 2);
    console.log(text);
    fs.appendFileSync(
      file,
      `\n## ${new Date().toISOString()} ${name}\n\n\`\`\`json\n${text}\n\`\`\`\n`,
    );
  }
}
