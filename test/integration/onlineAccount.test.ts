// Messenger accounts through the registry alone (issue 17): a WhatsApp account written as a number and as a
// wa.me link is one node, ON_PHONE the Phone of that number, which the two cases then share as well.
import { describeSharedIdentifier } from '../sharedIdentifier';

const ask = describeSharedIdentifier({
  type: 'ONLINE_ACCOUNT',
  list: 'onlineAccounts',
  id: 'online:whatsapp:+37253334444',
  estonia: { platform: 'WhatsApp', account: '5333 4444' },
  finland: { account: 'https://wa.me/37253334444?text=hei' },
  lookup: { kind: 'ONLINE_ACCOUNT', value: 'whatsapp: +372 5333 4444' },
});

it('links the WhatsApp account to the Phone of its number, which both cases then report', async () => {
  const res = await ask(
    `{ subgraph(seeds: ["online:whatsapp:+37253334444"], depth: 1, relationshipTypes: [ON_PHONE]) { nodes { id } edges { type source target } } }`,
  );
  expect(res.errors).toBeUndefined();
  // One link per reporting case, each with its provenance.
  const link = { type: 'ON_PHONE', source: 'online:whatsapp:+37253334444', target: 'phone:+37253334444' };
  expect(res.data.subgraph.edges).toEqual([link, link]);
  const phone = await ask(`{ lookup(kind: PHONE, value: "+372 5333 4444") { cases { id } } }`);
  expect(phone.data.lookup.cases.map((c: { id: string }) => c.id).sort()).toEqual([
    'case:EE-PPA:EE-ONLINE_ACCOUNT',
    'case:FI-POL:FI-ONLINE_ACCOUNT',
  ]);
});
