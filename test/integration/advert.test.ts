// Adverts through the registry alone (issue 17): a known site's advert link, with its slug, tracking
// parameters and fragment, and its site and advert number quoted in another report are one node; the advert
// shows a phone and an e-mail address, and keeps when it was posted.
import { describeSharedIdentifier } from '../sharedIdentifier';

const ID = 'advert:id:okidoki.ee:11223344';
const ask = describeSharedIdentifier({
  type: 'ADVERT',
  list: 'adverts',
  id: ID,
  estonia: {
    url: 'https://www.okidoki.ee/item/kokk-soome/11223344/?utm_source=fb#top',
    postedAt: '2025-04-28T09:15:00+03:00',
    phones: ['5333 4444'],
    emails: ['Tood.Soomes@gmail.com'],
  },
  finland: { site: 'okidoki.ee', advertId: '11223344' },
  lookup: { kind: 'ADVERT', value: 'http://okidoki.ee/item/cook-finland/11223344' },
});

it('shows the phones and e-mail addresses written in it, and when it was posted', async () => {
  const res = await ask(
    `{ node(id: "${ID}") { ... on Advert { site advertId postedAt } } subgraph(seeds: ["${ID}"], depth: 1, relationshipTypes: [SHOWS]) { edges { type target } } }`,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.node).toEqual({ site: 'okidoki.ee', advertId: '11223344', postedAt: '2025-04-28T06:15:00.000Z' });
  expect(res.data.subgraph.edges.map((e: { target: string }) => e.target).sort()).toEqual([
    'email:toodsoomes@gmail.com',
    'phone:+37253334444',
  ]);
});
