// E-mail addresses through the registry alone (issue 17): Gmail's documented folding of dots and +tags,
// case and a display name make one node of three spellings.
import { describeSharedIdentifier } from '../sharedIdentifier';

describeSharedIdentifier({
  type: 'EMAIL_ADDRESS',
  list: 'emailAddresses',
  id: 'email:annakask@gmail.com',
  estonia: { address: 'Anna.Kask@gmail.com' },
  finland: { address: '"Anna" <anna.kask+jobs@googlemail.com>' },
  lookup: { kind: 'EMAIL', value: 'mailto:ANNAKASK@GMAIL.COM' },
});
