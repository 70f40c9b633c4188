// Crypto wallets through the registry alone (issue 17): an EIP-55 address written in its checksum case, in
// lower case and as a payment link is one node, and transfers reach it from both countries' accounts.
import { describeSharedIdentifier } from '../sharedIdentifier';

const transfer = (to: string) => ({
  accounts: [{ id: 'A1', iban: 'EE382200221020145685' }],
  transfers: [
    { id: 'T1', amount: 900, currency: 'EUR', time: '2025-05-02T10:00:00Z', channel: 'CRYPTO', from: 'A1', to },
  ],
});

const ask = describeSharedIdentifier({
  type: 'CRYPTO_WALLET',
  list: 'cryptoWallets',
  id: 'wallet:ethereum:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
  estonia: { id: 'W1', address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' },
  finland: { id: 'W1', chain: 'ETH', address: '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed' },
  estoniaExtra: transfer('W1'),
  lookup: { kind: 'WALLET', value: 'ethereum:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' },
});

it('takes a transfer from an account to the wallet', async () => {
  const res = await ask(`{ case(id: "case:EE-PPA:EE-CRYPTO_WALLET") { transfers { from { id } to { id type } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data.case.transfers).toEqual([
    {
      from: { id: 'account:iban:EE382200221020145685' },
      to: { id: 'wallet:ethereum:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', type: 'CRYPTO_WALLET' },
    },
  ]);
});
