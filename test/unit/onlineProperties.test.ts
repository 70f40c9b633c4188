// Property tests of the online-identifier normalisers (fast-check): every written form of one identifier gives
// one key, and different identifiers never share a key.
import fc from 'fast-check';
import { bech32, bech32m, createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2';
import {
  isTrackingParameter,
  normaliseAdvert,
  normaliseCryptoWallet,
  normaliseEmail,
  normaliseOnlineAccount,
  type OnlineResult,
} from '../../src/model/online';

const key = <D>(r: OnlineResult<D>): string => {
  if (!r.ok) throw new Error(`${r.field}: ${r.problem}`);
  return r.value.key;
};
/** The text with each letter's case chosen by `flips` (true = upper). */
const recase = (text: string, flips: boolean[]) =>
  [...text].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
const flips = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 });

describe('e-mail addresses', () => {
  const local = fc.stringMatching(/^[a-z0-9_]{1,8}(?:[.-][a-z0-9_]{1,8}){0,2}$/);
  const domain = fc.constantFrom('example.ee', 'mail.ru', 'post.example.fi', 'почта.рф', 'inbox.lv', 'yandex.ru');
  const wrap = fc.constantFrom(
    (a: string) => a,
    (a: string) => `"Anna K" <${a}>`,
    (a: string) => `<${a}>`,
    (a: string) => `mailto:${a}?subject=job`,
    (a: string) => `  ${a} `,
  );
  it('case, display names and mailto: never change the key', () => {
    fc.assert(
      fc.property(local, domain, flips, wrap, (l, d, f, w) => {
        const plain = key(normaliseEmail(`${l}@${d}`));
        return key(normaliseEmail(w(recase(`${l}@${d}`, f)))) === plain && key(normaliseEmail(plain)) === plain;
      }),
    );
  });
  it('Gmail: dots, +tags, googlemail.com and case never change the key', () => {
    const user = fc.stringMatching(/^[a-z0-9]{6,20}$/);
    const dots = fc.array(fc.nat(30), { maxLength: 4 });
    const tag = fc.option(fc.stringMatching(/^[a-z0-9]{1,5}(?:\.[a-z0-9]{1,5})?$/), { nil: undefined });
    fc.assert(
      fc.property(user, dots, tag, fc.constantFrom('gmail.com', 'googlemail.com'), flips, (u, at, t, d, f) => {
        let dotted = u;
        for (const i of at) {
          const p = 1 + (i % (dotted.length - 1));
          if (dotted[p - 1] !== '.' && dotted[p] !== '.') dotted = `${dotted.slice(0, p)}.${dotted.slice(p)}`;
        }
        const written = recase(`${dotted}${t === undefined ? '' : `+${t}`}@${d}`, f);
        return key(normaliseEmail(written)) === `${u}@gmail.com`;
      }),
    );
  });
  it('two different addresses never share a key (outside Gmail, dots and + count)', () => {
    fc.assert(
      fc.property(local, local, domain, domain, (l1, l2, d1, d2) => {
        fc.pre(l1 !== l2 || d1 !== d2);
        return key(normaliseEmail(`${l1}@${d1}`)) !== key(normaliseEmail(`${l2}@${d2}`));
      }),
    );
  });
});

describe('accounts', () => {
  const read = (platform: string | undefined, account: string) =>
    normaliseOnlineAccount({ platform, account, country: 'EE' });
  // Valid usernames under each platform's rules, and the profile URLs each platform shows.
  const platforms = {
    telegram: {
      handle: fc.stringMatching(/^[a-z][a-z0-9_]{4,31}$/).filter((h) => !['joinchat', 'addlist'].includes(h)),
      urls: [
        (h: string) => `https://t.me/${h}`,
        (h: string) => `telegram.me/${h}`,
        (h: string) => `tg://resolve?domain=${h}`,
      ],
    },
    vk: {
      handle: fc.stringMatching(/^[a-z][a-z0-9_]{4,20}$/).filter((h) => !/^(?:id|club|public|event)\d+$/.test(h)),
      urls: [(h: string) => `https://vk.com/${h}`, (h: string) => `m.vk.com/${h}`],
    },
    facebook: {
      handle: fc
        .stringMatching(/^[a-z][a-z0-9]{4,30}$/)
        .filter((h) => !['groups', 'events', 'share', 'watch', 'people'].includes(h)),
      urls: [(h: string) => `https://www.facebook.com/${h}`, (h: string) => `m.facebook.com/${h}/`],
    },
    instagram: {
      handle: fc
        .stringMatching(/^[a-z0-9_][a-z0-9._]{0,28}[a-z0-9_]$/)
        .filter((h) => !['p', 'reel', 'reels', 'tv', 'explore', '_u', 'stories'].includes(h)),
      urls: [(h: string) => `https://www.instagram.com/${h}/`, (h: string) => `instagram.com/${h}?igsh=x`],
    },
    snapchat: {
      handle: fc.stringMatching(/^[a-z][a-z0-9._-]{1,13}[a-z0-9]$/),
      urls: [(h: string) => `https://www.snapchat.com/add/${h}`],
    },
    tiktok: {
      handle: fc.stringMatching(/^[a-z0-9_][a-z0-9._]{0,22}[a-z0-9_]$/),
      urls: [(h: string) => `https://www.tiktok.com/@${h}`, (h: string) => `tiktok.com/@${h}/video/1?lang=en`],
    },
  };
  for (const [platform, { handle, urls }] of Object.entries(platforms))
    it(`${platform}: the username with or without @, in any case or as a profile URL gives one key`, () => {
      fc.assert(
        fc.property(handle, flips, fc.constantFrom(...urls), (h, f, url) => {
          const plain = key(read(platform, h));
          return (
            key(read(platform, `@${recase(h, f)}`)) === plain &&
            key(read(undefined, url(recase(h, f)))) === plain &&
            key(read(platform, url(h))) === plain
          );
        }),
      );
    });
  it('facebook: periods anywhere never change the key', () => {
    fc.assert(
      fc.property(platforms.facebook.handle, fc.array(fc.nat(40), { maxLength: 4 }), (h, at) => {
        let dotted = h;
        for (const i of at) dotted = `${dotted.slice(0, i % dotted.length)}.${dotted.slice(i % dotted.length)}`;
        return key(read('facebook', dotted)) === key(read('facebook', h));
      }),
    );
  });
  it('different usernames, platforms or ids never share a key', () => {
    const names = Object.keys(platforms) as Array<keyof typeof platforms>;
    const pick = fc.constantFrom(...names).chain((p) => fc.tuple(fc.constant(p), platforms[p].handle));
    fc.assert(
      fc.property(pick, pick, ([p1, h1], [p2, h2]) => {
        const fold = (p: string, h: string) => (p === 'facebook' ? h.replace(/\./g, '') : h);
        fc.pre(p1 !== p2 || fold(p1, h1) !== fold(p2, h2));
        return key(read(p1, h1)) !== key(read(p2, h2));
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('telegram', 'vk', 'facebook'), fc.bigInt(1n, 10n ** 15n), (p, id) => {
        const byId = key(read(p, `${id}`));
        return byId === `${p}:id:${id}` && byId !== key(read(p, `user${id}`));
      }),
    );
  });
  it('WhatsApp: every written form of one number gives one key and hands back the number', () => {
    // Estonian mobile numbers: 5 followed by 7 digits (numbering plan of the Consumer Protection and Technical
    // Regulatory Authority); those libphonenumber accepts are kept.
    const number = fc.stringMatching(/^5[0-9]{7}$/).filter((n) => read('whatsapp', `+372${n}`).ok);
    fc.assert(
      fc.property(number, (n) => {
        const forms = [
          `+372 ${n.slice(0, 4)} ${n.slice(4)}`,
          n,
          `00372${n}`,
          `https://wa.me/372${n}`,
          `https://api.whatsapp.com/send?phone=372${n}`,
        ];
        return forms.every((form) => {
          const r = read(form.startsWith('http') ? undefined : 'whatsapp', form);
          return r.ok && r.value.key === `whatsapp:+372${n}` && r.value.details.phone === `+372${n}`;
        });
      }),
    );
  });
});

describe('adverts', () => {
  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);
  // RFC 2606 reserved names, so that no generated host is one of the sites keyed by advert number.
  const host = fc.tuple(label, fc.constantFrom('test', 'example', 'invalid')).map(([l, tld]) => `${l}.${tld}`);
  const segments = fc.array(fc.stringMatching(/^[A-Za-z0-9_~-]{1,10}$/), { minLength: 1, maxLength: 4 });
  const params = fc.uniqueArray(
    fc.tuple(
      fc.stringMatching(/^[a-z]{1,6}$/).filter((n) => !isTrackingParameter(n)),
      fc.stringMatching(/^[A-Za-z0-9]{0,6}$/),
    ),
    { selector: ([n]) => n, maxLength: 4 },
  );
  const tracking = fc.subarray([
    'utm_source=vk',
    'utm_medium=cpc',
    'fbclid=IwAR0x',
    'gclid=Cj0',
    'yclid=42',
    'mc_eid=9',
  ]);
  it('scheme, www./m., host case, tracking parameters, query order, fragment and trailing slash never change the key', () => {
    fc.assert(
      fc.property(
        host,
        segments,
        params,
        tracking,
        fc.constantFrom('http://', 'https://', ''),
        fc.constantFrom('', 'www.', 'm.'),
        fc.boolean(),
        flips,
        (h, path, ps, track, scheme, prefix, slash, f) => {
          const query = (pairs: string[]) => (pairs.length ? `?${pairs.join('&')}` : '');
          const plain = key(
            normaliseAdvert({ url: `https://${h}/${path.join('/')}${query(ps.map((p) => p.join('=')))}` }),
          );
          const shuffled = [...ps.map((p) => p.join('=')), ...track].reverse();
          const written = `${scheme}${prefix}${recase(h, f)}/${path.join('/')}${slash ? '/' : ''}${query(shuffled)}#contact`;
          return key(normaliseAdvert({ url: written })) === plain;
        },
      ),
    );
  });
  it('different pages never share a key', () => {
    fc.assert(
      fc.property(host, segments, params, host, segments, params, (h1, s1, p1, h2, s2, p2) => {
        const url = (h: string, s: string[], p: Array<[string, string]>) =>
          `https://${h}/${s.join('/')}${p.length ? `?${p.map((x) => x.join('=')).join('&')}` : ''}`;
        const sorted = (p: Array<[string, string]>) => JSON.stringify([...p].sort());
        fc.pre(h1 !== h2 || s1.join('/') !== s2.join('/') || sorted(p1) !== sorted(p2));
        return key(normaliseAdvert({ url: url(h1, s1, p1) })) !== key(normaliseAdvert({ url: url(h2, s2, p2) }));
      }),
    );
  });
});

describe('crypto wallets', () => {
  const base58check = createBase58check(sha256);
  const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
  const wallet = (address: string, chain?: string) => normaliseCryptoWallet({ address, chain });
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

  it('Ethereum: lower, upper, checksummed and EIP-681 forms give one key; different accounts never share one', () => {
    fc.assert(
      fc.property(bytes(20), bytes(20), (a, b) => {
        const lower = `0x${hex(a)}`;
        const r = wallet(lower);
        if (!r.ok) return false;
        const forms = [`0x${hex(a).toUpperCase()}`, r.value.display, `ethereum:${r.value.display}@1?value=1e18`];
        return (
          forms.every((f) => key(wallet(f, 'ETH')) === `ethereum:${lower}`) &&
          (hex(a) === hex(b) || key(wallet(`0x${hex(b)}`)) !== r.value.key)
        );
      }),
    );
  });
  it('Bitcoin Base58Check (P2PKH, P2SH): plain and BIP-21 forms give one key; versions and hashes stay apart', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 5), bytes(20), fc.constantFrom(0, 5), bytes(20), (v1, h1, v2, h2) => {
        const a1 = base58check.encode(Uint8Array.from([v1, ...h1]));
        const a2 = base58check.encode(Uint8Array.from([v2, ...h2]));
        const k1 = key(wallet(a1));
        return (
          k1 === `bitcoin:${a1}` &&
          key(wallet(`bitcoin:${a1}?amount=0.1`)) === k1 &&
          (a1 === a2 || key(wallet(a2)) !== k1)
        );
      }),
    );
  });
  it('Bitcoin segwit: upper and lower case give one key; any one character mistyped is refused (BIP-173)', () => {
    const charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
    const segwit = fc.oneof(
      bytes(20).map((p) => bech32.encode('bc', [0, ...bech32.toWords(p)])),
      bytes(32).map((p) => bech32.encode('bc', [0, ...bech32.toWords(p)])),
      bytes(32).map((p) => bech32m.encode('bc', [1, ...bech32m.toWords(p)])),
    );
    fc.assert(
      fc.property(segwit, fc.nat(), fc.nat(31), (address, at, by) => {
        const k = key(wallet(address.toUpperCase()));
        const i = 3 + (at % (address.length - 3));
        const typo = address.slice(0, i) + charset[(charset.indexOf(address[i]) + 1 + by) % 32] + address.slice(i + 1);
        fc.pre(typo !== address);
        const refused = wallet(typo);
        return k === `bitcoin:${address}` && !refused.ok && refused.field === 'address';
      }),
    );
  });
});

describe('any text', () => {
  it('is read or refused with a field and a reason, never thrown on', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 60, unit: 'binary' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.stringMatching(/^(?:https?:\/\/)?(?:t\.me|wa\.me|vk\.com|tiktok\.com)\/[%@+a-zA-Z0-9._-]{0,20}$/),
      fc.stringMatching(/^(?:bitcoin:|ethereum:)?(?:bc1|0x|1|3|T)[a-zA-Z0-9]{0,70}$/),
    );
    const answered = (r: OnlineResult<unknown>) => r.ok || (r.field.length > 0 && r.problem.length > 0);
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'telegram', 'whatsapp', 'vk', 'facebook', 'tiktok'), (t, p) =>
        [
          normaliseEmail(t),
          normaliseOnlineAccount({ platform: p, account: t, country: 'FI' }),
          normaliseAdvert({ url: t }),
          normaliseAdvert({ site: t, advertId: t }),
          normaliseCryptoWallet({ address: t }),
        ].every(answered),
      ),
      { numRuns: 500 },
    );
  });
});
