// config → database (migrations, optional demo data) → server; SIGTERM closes both.
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { loadConfig } from './config';
import { createContext, exchangeFromConfig } from './context';
import { createAuthenticator, SYSTEM } from './auth/identity';
import { RequestAudit } from './audit/audit';
import { createHttpServer } from './http';
import { webOptions } from './web';
import { staleKeyRulesCases, trackPool } from './observability';
import { Database } from './db/database';
import { createLogger } from './logger';
import { buildSchema, buildServer } from './server';
import { documentLimits } from './documentLimits';
import { serveLive } from './alerts/live';
import { startAlertQueue } from './alerts/raise';
import { importCases } from './cases/importCases';
import { staleKeyRulesWarning } from './cases/rekey';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = new Database({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
  await waitForDatabase(db, logger);
  const migrations = await db.migrate();
  logger.info({ migrations }, 'migrations applied');
  if (config.seedDemo) await seedDemoIfEmpty(db, logger);
  const stale = await staleKeyRulesWarning(db);
  staleKeyRulesCases.set(stale?.cases ?? 0);
  if (stale) logger.warn({ cases: stale.cases }, stale.message);

  trackPool(db);
  const schema = buildSchema();
  const server = buildServer({ logger, production: config.env === 'production', schema });
  let draining = false;
  const auth = await createAuthenticator(config);
  const exchange = exchangeFromConfig(config);
  const httpServer = createHttpServer(server, {
    maxBodyBytes: config.maxBodyBytes,
    requestReceiveTimeoutMs: config.requestReceiveTimeoutMs,
    logger,
    context: async (req, requestId) =>
      createContext(
        db,
        logger,
        exchange,
        await auth.viewer(req.headers.authorization, header(req.headers['x-purpose'])),
        requestId,
      ),
    // Ready when Neo4j answers and the migrations are in (they are applied before the server listens,
    // and re-checked here: a restored backup without them is not ready).
    // Checked on a connection of its own, so a busy pool does not make the instance look dead.
    ready: async () => (await db.probe('health/migrated'))[0]?.ready === true,
    draining: () => draining,
    web: webOptions(config),
    metrics: config.metrics,
  });
  // Apollo's drain: on stop it closes the listener, ends idle connections, lets every request in flight
  // finish, and cuts what is left after SHUTDOWN_GRACE_MS, so that a stuck client cannot hold the process.
  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }));
  await server.start();
  // Subscriptions (alerts, notifications) over WebSocket on the same port and path.
  const live = serveLive(httpServer, {
    schema,
    db,
    logger,
    exchange,
    auth,
    limits: documentLimits(config.env === 'production'),
    production: config.env === 'production',
  });
  await live.feed.start();
  // Alerts owed by imports whose raise failed or whose process died, raised in this process's name.
  const queueAudit = new RequestAudit(
    { hitSecret: exchange.hitSecret, keys: exchange.auditKeys },
    { ...SYSTEM, purpose: 'raise the alerts an earlier import owes' },
  );
  queueAudit.operation = 'alert queue';
  const alertQueue = startAlertQueue(db, logger, queueAudit.write);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${config.host}:${config.port} is already in use; stop what holds it or set PORT`
            : `cannot listen on ${config.host}:${config.port}: ${error.message}`,
        ),
      ),
    );
    httpServer.listen(config.port, config.host, resolve);
  });
  logger.info({ url: `http://${config.host}:${config.port}/graphql` }, 'GraphQL API ready');
  // npm run demo: the address an analyst opens (in development, /#demo signs in as a demo agency).
  if (config.seedDemo)
    process.stdout.write(
      `\nlinkgraph explorer: open http://${config.host}:${config.port}/${config.auth.devSecret ? '#demo' : ''} in a browser\n\n`,
    );

  // Graceful shutdown, the same in every NODE_ENV (Apollo's own signal handlers are off: they stop at
  // once and re-raise the signal). First drain: readiness turns false so a load balancer stops sending,
  // every response closes its connection, and requests already on their way are still served, for
  // SHUTDOWN_DRAIN_MS. Then Apollo's drain plugin stops accepting and waits for the requests in flight
  // (each still audited), and the driver closes.
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down: draining, then finishing the requests in flight');
    draining = true;
    await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainMs));
    await live.close();
    await server.stop();
    await alertQueue.stop();
    await db.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function waitForDatabase(db: Database, logger: ReturnType<typeof createLogger>) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await db.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`Neo4j is not reachable: ${(error as Error).message}. Is it running? (npm run db:start)`);
      logger.warn('waiting for Neo4j');
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** The demo dataset goes in only when the graph has no case yet, so it never overwrites real data. */
async function seedDemoIfEmpty(db: Database, logger: ReturnType<typeof createLogger>) {
  const [{ cases }] = await db.read('cases/countCases');
  if (cases > 0) return;
  const file = [
    path.resolve(__dirname, '..', 'seed', 'demo.json'),
    path.resolve(__dirname, '..', '..', 'seed', 'demo.json'),
  ].find(fs.existsSync);
  if (!file) throw new Error('seed/demo.json not found');
  const report = await importCases(db, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[]);
  if (report.cases.rejected)
    throw new Error(`demo data rejected: ${JSON.stringify(report.outcomes.filter((o) => o.problems.length))}`);
  logger.info(
    { cases: report.cases.created, nodes: report.nodesCreated, relationships: report.relationshipsCreated },
    'demo data loaded',
  );
}

main().catch((error) => {
  console.error(`linkgraph: ${(error as Error).message}`);
  process.exit(1);
});
