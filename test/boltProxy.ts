// A TCP proxy between the API and a real Neo4j that can cut one connection at the COMMIT of a chosen
// transaction, for the fault tests (docs: attack-and-fault-cases.md, Faults 2). It reads the Bolt stream
// only as far as it must: a transaction is chosen by a piece of its statements' text seen on the
// connection, and COMMIT is the one message the driver sends alone as `00 02 B0 12 00 00` (a chunk of two
// bytes: a struct of no fields with signature 0x12, then the end-of-message marker).
import net from 'node:net';
import type { AddressInfo } from 'node:net';

const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);
const ROLLBACK = Buffer.from([0x00, 0x02, 0xb0, 0x13, 0x00, 0x00]);
/** How much of the stream a marker is looked for in: RUN messages carry the statement text whole. */
const WINDOW = 64 * 1024;

/**
 * Where the connection is cut: `before` the COMMIT reaches Neo4j (nothing commits), or `after` Neo4j has
 * answered it (the transaction committed, and the client never hears so).
 */
export type CutAt = 'before' | 'after';

interface Plan {
  marker: string;
  at: CutAt;
  done: () => void;
}

export interface BoltProxy {
  uri: string;
  /** Cuts the next connection that commits a transaction whose statements contain `marker`; resolves when cut. */
  cutAtCommit(marker: string, at: CutAt): Promise<void>;
  close(): Promise<void>;
}

export async function startBoltProxy(target: { host: string; port: number }): Promise<BoltProxy> {
  let plan: Plan | null = null;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    // The client's bytes since its last COMMIT or ROLLBACK, as latin1: the marker's ASCII text shows as is.
    let seen = '';
    let tail = Buffer.alloc(0); // the end of the previous chunk: a COMMIT may arrive split across two
    let swallowing = false;
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (data: Buffer) => {
      if (swallowing) return;
      const joined = Buffer.concat([tail, data]);
      tail = joined.subarray(-(COMMIT.length - 1));
      const commitAt = joined.indexOf(COMMIT);
      // Where the COMMIT ends in this chunk (its first bytes may have gone out with the previous one).
      const commitEnd = commitAt - (joined.length - data.length) + COMMIT.length;
      seen = (seen + data.toString('latin1')).slice(-WINDOW);
      if (commitAt >= 0 && plan && seen.includes(plan.marker)) {
        const { at, done } = plan;
        plan = null;
        if (at === 'before') {
          cut();
          done();
          return;
        }
        upstream.write(data.subarray(0, commitEnd));
        swallowing = true;
        // Neo4j's answer to the COMMIT is dropped, and with it the connection.
        upstream.removeAllListeners('data');
        upstream.on('data', () => {
          cut();
          done();
        });
        return;
      }
      // A transaction of this connection ended: the next one's statements are looked at afresh, from the
      // bytes after its end.
      const ended = Math.max(joined.lastIndexOf(COMMIT), joined.lastIndexOf(ROLLBACK));
      if (ended >= 0) seen = joined.subarray(ended + COMMIT.length).toString('latin1');
      upstream.write(data);
    });
    upstream.on('data', (data: Buffer) => client.write(data));
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ]) {
      a.on('error', () => b.destroy());
      a.on('close', () => {
        b.destroy();
        sockets.delete(a);
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cutAtCommit: (marker, at) => new Promise<void>((done) => (plan = { marker, at, done })),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
