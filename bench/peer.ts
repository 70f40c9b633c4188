// The peer for the load benchmark: @neo4j/graphql serving the same node types of the same database, with
// Apollo's standalone server. It has no access control, no audit and no limits: it is the baseline of a
// generic GraphQL-over-Neo4j layer, not a product. Run by bench/load.ts as a child process.
//
//   node dist/bench/peer.js --port 4802
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';

const typeDefs = /* GraphQL */ `
  type Case @node {
    id: ID!
    reference: String
    country: String
    agency: String
    openedOn: Date
    persons: [Person!]! @relationship(type: "INVOLVES", direction: OUT)
    phones: [Phone!]! @relationship(type: "MENTIONS", direction: OUT)
  }
  type Person @node {
    id: ID!
    name: String
    phones: [Phone!]! @relationship(type: "USES", direction: OUT)
    cases: [Case!]! @relationship(type: "INVOLVES", direction: IN)
  }
  type Phone @node {
    id: ID!
    e164: String
    persons: [Person!]! @relationship(type: "USES", direction: IN)
    cases: [Case!]! @relationship(type: "MENTIONS", direction: IN)
  }
`;

async function main() {
  const { port } = new Command().requiredOption('--port <n>').parse().opts<{ port: string }>();
  const config = loadConfig();
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    maxConnectionPoolSize: config.neo4j.poolSize,
  });
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(port), host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: config.neo4j.database } }),
  });
  console.log(`READY ${url}`);
  process.once(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
