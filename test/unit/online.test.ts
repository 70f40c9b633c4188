// The online-identifier normalisers against corpora built from published test vectors (BIP-173, BIP-350,
// EIP-55, BOLT #11) and from the platforms' documented rules (test/fixtures/online, each file cites its source).
import fs from 'node:fs';
import path from 'node:path';
import { createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2';
import {
  normaliseAdvert,
  normaliseCryptoWallet,
  normaliseEmail,
  normaliseOnlineAccount,
  type OnlineResult,
} from '../../src/model/online';

// The corpora's shape: groups of written forms that must share a key, pairs that must not, refused inputs.
interface Corpus<F> {
  same: Array<{ key: string; phone?: string; forms: F[] }>;
  different: Array<[F, F]>;
  refused: Array<{ input: F; field: string }>;
}
const corpus = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/online', `${name}.json`), 'utf8')) as T;

/** Each group's forms give its key; each pair stays apart; each refused input names its field. */
function checkCorpus<F>(name: string, read: (form: F) => OnlineResult<unknown>, c: Corpus<F>): void {
  for (const g of c.same)
    it(`${name}: every written form of ${g.key} gives that key`, () => {
      for (const form of g.forms) expect([form, key(read(form))]).toEqual([form, g.key]);
    });
  for (const [a, b] of c.different)
    it(`${name}: ${JSON.stringify(a)} and ${JSON.stringify(b)} stay apart`, () => {
      expect(key(read(a))).not.toBe(key(read(b)));
    });
  for (const { input, field } of c.refused)
    it(`${name}: ${JSON.stringify(input)} is refused, naming the field ${field}`, () => {
      const r = refusal(read(input));
      expect(r.field).toBe(field);
      // What is wrong and what to do: the message quotes or names the input and says more than a word.
      expect(r.problem.length).toBeGreaterThan(20);
    });
}

const key = <D>(r: OnlineResult<D>): string => {
  if (!r.ok) throw new Error(`${r.field}: ${r.problem}`);
  return r.value.key;
};
const refusal = <D>(r: OnlineResult<D>): { field: string; problem: string } => {
  if (r.ok) throw new Error(`accepted as ${r.value.key}`);
  return { field: r.field, problem: r.problem };
};

describe('normaliseEmail', () => {
  const emails = corpus<Omit<Corpus<string>, 'refused'> & { refused: string[] }>('emails');
  checkCorpus('e-mail', normaliseEmail, {
    ...emails,
    refused: emails.refused.map((input) => ({ input, field: 'address' })),
  });
  it('keeps the domain, the provider and the display name', () => {
    const r = normaliseEmail('"Anna Kask" <Anna.Kask+jobs@googlemail.com>');
    expect(r.ok && r.value).toEqual({
      key: 'annakask@gmail.com',
      display: 'Anna.Kask+jobs@googlemail.com',
      details: { domain: 'gmail.com', provider: 'gmail', displayName: 'Anna Kask' },
    });
    const idn = normaliseEmail('Ivan@xn--80a1acny.xn--p1ai');
    expect(idn.ok && idn.value.display).toBe('Ivan@почта.рф');
    expect(idn.ok && idn.value.details).toEqual({ domain: 'xn--80a1acny.xn--p1ai', provider: null, displayName: null });
  });
});

describe('normaliseOnlineAccount', () => {
  type Form = { platform?: string; account: string };
  const accounts = corpus<Corpus<Form> & { country: string }>('accounts');
  const read = (form: Form) => normaliseOnlineAccount({ ...form, country: accounts.country });
  checkCorpus('account', read, accounts);
  for (const g of accounts.same)
    it(`${g.key}: ${g.phone ? 'the E.164 number is handed back to link the Phone' : 'no phone is claimed'}`, () => {
      for (const form of g.forms) {
        const r = read(form);
        expect(r.ok && r.value.details.phone).toBe(g.phone ?? null);
      }
    });
  it('a numeric id and a username are different keys, and say which they are', () => {
    const byId = read({ account: 'https://vk.com/id1' });
    const byName = read({ account: 'https://vk.com/durov' });
    expect(byId.ok && byId.value).toEqual({
      key: 'vk:id:1',
      display: 'VK id 1',
      details: { platform: 'vk', handle: null, numericId: '1', phone: null },
    });
    expect(byName.ok && byName.value.details).toEqual({
      platform: 'vk',
      handle: 'durov',
      numericId: null,
      phone: null,
    });
  });
  it("Telegram: a number in phone notation or the case country's national format is the phone number", () => {
    const tg = (account: string, country: string) => normaliseOnlineAccount({ platform: 'telegram', account, country });
    // Russian numbering plan: trunk prefix 8 before the ten-digit national number.
    for (const written of [
      '89211234567',
      '8 921 123-45-67',
      '8 (921) 123-45-67',
      '8-921-123-45-67',
      '+7 921 123-45-67',
    ])
      expect([written, tg(written, 'RU')]).toEqual([
        written,
        expect.objectContaining({ value: expect.objectContaining({ key: 'telegram:+79211234567' }) }),
      ]);
    expect(key(tg('89211234567', 'RU'))).toBe(
      key(normaliseOnlineAccount({ account: 't.me/+79211234567', country: 'EE' })),
    );
    const byPhone = tg('89211234567', 'RU');
    expect(byPhone.ok && byPhone.value.details).toEqual({
      platform: 'telegram',
      handle: null,
      numericId: null,
      phone: '+79211234567',
    });
    // Phone notation is read in any case country; trunk 0 too (Finland), which no numeric id starts with.
    expect(key(tg('8 921 123-45-67', 'EE'))).toBe('telegram:+79211234567');
    expect(key(tg('0401234567', 'FI'))).toBe('telegram:+358401234567');
    expect(key(tg('5123 4567', 'EE'))).toBe('telegram:+37251234567');
    // Digits without a trunk prefix, or in another country's national format, stay the numeric id; so do
    // nine digits with Lithuania's trunk 8, which a 32-bit id may be.
    expect(key(tg('861234567', 'LT'))).toBe('telegram:id:861234567');
    for (const [written, country] of [
      ['9211234567', 'RU'],
      ['79211234567', 'RU'],
      ['123456789', 'RU'],
      ['51234567', 'EE'],
      ['89211234567', 'EE'],
    ])
      expect([written, country, key(tg(written, country))]).toEqual([written, country, `telegram:id:${written}`]);
    expect(key(normaliseOnlineAccount({ account: 'tg://user?id=89211234567', country: 'RU' }))).toBe(
      'telegram:id:89211234567',
    );
    // A username stays a username.
    expect(key(tg('@anna_k', 'RU'))).toBe('telegram:anna_k');
  });
  it('Facebook folds periods and case; Instagram folds case but keeps periods', () => {
    expect(key(read({ platform: 'facebook', account: 'Anna.Kask.77' }))).toBe('facebook:annakask77');
    expect(key(read({ platform: 'instagram', account: 'Anna.Kask.77' }))).toBe('instagram:anna.kask.77');
  });
});

describe('normaliseAdvert', () => {
  type Form = { url?: string; site?: string; advertId?: string };
  checkCorpus('advert', normaliseAdvert, corpus<Corpus<Form>>('adverts'));
  it('keeps the site, the advert number and the normalised URL', () => {
    const r = normaliseAdvert({ url: 'https://www.avito.ru/moskva/vakansii/administrator_2345678901?utm_source=x' });
    expect(r.ok && r.value).toEqual({
      key: 'id:avito.ru:2345678901',
      display: 'avito.ru advert 2345678901',
      details: { site: 'avito.ru', advertId: '2345678901', url: 'avito.ru/moskva/vakansii/administrator_2345678901' },
    });
    const idn = normaliseAdvert({ url: 'https://www.пример.рф/rabota/123/?utm_medium=x' });
    expect(idn.ok && idn.value.display).toBe('пример.рф/rabota/123');
  });
});

describe('normaliseCryptoWallet', () => {
  const segwit = corpus<{
    valid: Array<{ address: string; scriptPubKey: string }>;
    invalid: Array<{ address: string; reason: string }>;
    supersededByBip350: { addresses: string[] };
  }>('segwit');
  const eip55 = corpus<{ allCaps: string[]; allLower: string[]; checksummed: string[] }>('eip55');
  const base58 = corpus<{
    bitcoin: Array<{ address: string; type: string }>;
    bech32FromBolt11: Array<{ address: string }>;
    tron: Array<{ address: string }>;
  }>('base58');
  const wallet = (address: string, chain?: string) => normaliseCryptoWallet({ address, chain });

  for (const { address, scriptPubKey } of segwit.valid)
    it(`BIP-173/BIP-350 valid ${address}: mainnet read, testnet refused as testnet only`, () => {
      const r = wallet(address);
      if (address.toLowerCase().startsWith('tb1')) {
        expect(refusal(r).problem).toMatch(/testnet/);
        return;
      }
      if (!r.ok) throw new Error(r.problem);
      expect(r.value.key).toBe(`bitcoin:${address.toLowerCase()}`);
      expect(r.value.details.checksum).toBe('verified');
      // The type follows the output script (BIP-141): OP_0 with 20 or 32 bytes, OP_1 with 32, else OP_n.
      const version = scriptPubKey.startsWith('00') ? 0 : parseInt(scriptPubKey.slice(0, 2), 16) - 0x50;
      const bytes = parseInt(scriptPubKey.slice(2, 4), 16);
      const type =
        version === 0
          ? bytes === 20
            ? 'p2wpkh'
            : 'p2wsh'
          : version === 1 && bytes === 32
            ? 'p2tr'
            : `segwit-v${version}`;
      expect(r.value.details.addressType).toBe(type);
    });
  for (const { address, reason } of segwit.invalid)
    it(`BIP-173/BIP-350 invalid ${address} (${reason}) is refused, and never for being testnet`, () => {
      const r = refusal(wallet(address));
      expect(r.field).toBe('address');
      expect(r.problem).not.toMatch(/testnet/);
    });
  for (const address of segwit.supersededByBip350.addresses)
    it(`BIP-173's old bech32 v1+ example ${address} is refused since BIP-350`, () => {
      expect(refusal(wallet(address)).problem).toMatch(/wrong checksum for its witness version/);
    });
  it('BIP-350: a v1 address with a bech32 (not bech32m) checksum is refused for that reason', () => {
    expect(refusal(wallet('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd')).problem).toMatch(
      /wrong checksum for its witness version/,
    );
  });

  for (const address of [...eip55.checksummed, ...eip55.allLower, ...eip55.allCaps])
    it(`EIP-55 example ${address} is read, keyed in lower case`, () => {
      const r = wallet(address);
      if (!r.ok) throw new Error(r.problem);
      expect(r.value.key).toBe(`ethereum:${address.toLowerCase()}`);
      expect(r.value.details.checksum).toBe(eip55.checksummed.includes(address) ? 'verified' : 'none');
    });
  for (const address of eip55.checksummed)
    it(`EIP-55 example ${address}: shown checksummed from any case; any one letter's case flipped is refused`, () => {
      const lower = wallet(address.toLowerCase());
      expect(lower.ok && lower.value.display).toBe(address);
      for (let i = 2; i < address.length; i++) {
        const ch = address[i];
        if (!/[a-f]/i.test(ch)) continue;
        const flipped =
          address.slice(0, i) + (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) + address.slice(i + 1);
        // A flip that leaves the letters all one case carries no checksum; every other flip must fail it.
        const hex = flipped.slice(2);
        if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) continue;
        const r = refusal(wallet(flipped));
        expect([r.field, r.problem]).toEqual(['address', expect.stringMatching(/EIP-55 checksum/)]);
      }
    });

  for (const { address, type } of base58.bitcoin)
    it(`Base58Check address ${address} is a ${type}, keyed as written`, () => {
      const r = wallet(address);
      expect(r.ok && [r.value.key, r.value.details.addressType]).toEqual([`bitcoin:${address}`, type]);
    });
  it('a BOLT #11 P2WSH example and the Tron USDT contract address are read', () => {
    expect(key(wallet(base58.bech32FromBolt11[0].address))).toBe(`bitcoin:${base58.bech32FromBolt11[0].address}`);
    expect(key(wallet(base58.tron[0].address))).toBe(`tron:${base58.tron[0].address}`);
    expect(key(wallet(base58.tron[0].address, 'TRC-20'))).toBe(`tron:${base58.tron[0].address}`);
  });
  it('a Base58 typo fails the checksum, naming the address field', () => {
    // One character changed in the genesis address (BIP-13/Base58Check: double SHA-256 checksum).
    const r = refusal(wallet('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb'));
    expect(r.field).toBe('address');
    expect(r.problem).toMatch(/Base58Check checksum.*copy the address again/);
    expect(refusal(wallet('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0')).problem).toMatch(/outside Base58/);
  });
  it('testnet Base58 addresses (BIP-13 versions 111 and 196) are refused as testnet', () => {
    const check = createBase58check(sha256);
    for (const version of [0x6f, 0xc4])
      expect(refusal(wallet(check.encode(Uint8Array.from([version, ...new Array(20).fill(7)])))).problem).toMatch(
        /testnet/,
      );
  });
  it('payment URIs (BIP-21, EIP-681) give the wallet they pay', () => {
    expect(key(wallet('bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=0.05&label=Anna'))).toBe(
      'bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    );
    expect(key(wallet('BITCOIN:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4?amount=1'))).toBe(
      'bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    );
    expect(key(wallet('ethereum:pay-0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359@1?value=2.014e18'))).toBe(
      'ethereum:0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359',
    );
    // EIP-681 token transfer: the wallet is the recipient parameter, not the token contract.
    expect(
      key(
        wallet(
          'ethereum:0x8617E340B3D01FA5F11F306F4090FD50E238070D@1/transfer?address=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed&uint256=1e6',
        ),
      ),
    ).toBe('ethereum:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed');
  });
  it('a stablecoin named with its network names the chain (TRC-20 on Tron, ERC-20 on Ethereum); the token alone names none', () => {
    const tron = base58.tron[0].address;
    const eth = eip55.checksummed[0];
    for (const chain of [
      'USDT (TRC20)',
      'USDT-TRC20',
      'USDT TRC-20',
      'TRC20',
      'trc-20',
      'Tron (TRC20)',
      'usdt',
      'USDC',
    ])
      expect([chain, key(wallet(tron, chain))]).toEqual([chain, `tron:${tron}`]);
    for (const chain of ['ERC20', 'USDT (ERC-20)', 'USDT-ERC20', 'Ethereum ERC20', 'USDT'])
      expect([chain, key(wallet(eth, chain))]).toEqual([chain, `ethereum:${eth.toLowerCase()}`]);
    // The network named must match the address, and two networks or an unknown one are refused.
    expect(refusal(wallet(eth, 'USDT (TRC20)')).field).toBe('address');
    expect(refusal(wallet(tron, 'USDT ERC20')).field).toBe('address');
    for (const chain of ['USDT (BEP20)', 'TRC20 ERC20', 'USDT solana'])
      expect([chain, refusal(wallet(tron, chain)).field]).toEqual([chain, 'chain']);
  });
  it.each<[{ chain?: string; address: string }, string]>([
    [{ address: '' }, 'address'],
    [{ address: 'hello' }, 'address'],
    [{ address: 'vitalik.eth' }, 'address'],
    [{ address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe' }, 'address'],
    [{ chain: 'dogecoin', address: 'D5aAeb6053F3E94C9b9A09f33669' }, 'chain'],
    [{ chain: 'bitcoin', address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' }, 'address'],
    [{ chain: 'ethereum', address: 'bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa' }, 'chain'],
  ])('%j is refused, naming the field %s', (input, field) => {
    expect(refusal(normaliseCryptoWallet(input)).field).toBe(field);
  });
});
