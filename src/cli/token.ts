// Development tokens for the demo agencies: npm run token -- --agency EE-PPA [--analyst ee.analyst.1]
// [--roles analyst,loader] [--expires 8h]. Signed with the development secret, which the API accepts only
// outside production and only when no JWKS URL or public key is configured.
import { Command } from 'commander';
import { loadConfig } from '../config';
import { loadAgencies, mintDevToken, ROLES, type Role } from '../auth/identity';

const program = new Command()
  .name('token')
  .description("Print a development bearer token for one of the exchange's agencies (seed/agencies.json).")
  .requiredOption('-a, --agency <code>', 'agency code, e.g. EE-PPA')
  .option('-n, --analyst <name>', 'the analyst the token names (default: <agency>.analyst)')
  .option('-r, --roles <list>', `comma-separated roles: ${ROLES.join(', ')}`, 'analyst')
  .option('-e, --expires <time>', 'lifetime, e.g. 30m, 8h, 7d', '8h')
  .showHelpAfterError();

async function main() {
  program.parse();
  const opts = program.opts<{ agency: string; analyst?: string; roles: string; expires: string }>();
  const config = loadConfig();
  const agency = loadAgencies(config.agenciesFile).get(opts.agency);
  if (!agency) throw new Error(`unknown agency '${opts.agency}': see seed/agencies.json (or AGENCIES_FILE)`);
  const roles = opts.roles
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length || !roles.length)
    throw new Error(
      `--roles: unknown role(s) ${unknown.join(', ') || '(none given)'}; choose from ${ROLES.join(', ')}`,
    );
  if (!/^\d+[smhd]$/.test(opts.expires))
    throw new Error(`--expires: '${opts.expires}' is not a lifetime such as 30m, 8h or 7d`);
  const seconds =
    Number(opts.expires.slice(0, -1)) *
    { s: 1, m: 60, h: 3600, d: 86400 }[opts.expires.slice(-1) as 's' | 'm' | 'h' | 'd'];
  if (seconds < 1 || seconds > 30 * 86400)
    throw new Error(`--expires: '${opts.expires}' is outside 1s to 30d, the longest token age the API accepts`);
  const token = await mintDevToken(
    config,
    {
      analyst: opts.analyst ?? `${agency.code.toLowerCase()}.analyst`,
      agency: agency.code,
      country: agency.country,
      roles: roles as Role[],
    },
    opts.expires,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  process.stderr.write(`token: ${(error as Error).message}\n`);
  process.exit(2);
});
