// Natural keys of the online identifiers recruiters use (issue 17, point 6): e-mail addresses, messenger and
// social-network accounts, adverts and crypto wallets. As in ./normalise.ts, every written form of one
// identifier must give one key, or the graph never sees the link; and two different identifiers must never
// share a key, or it sees a link that is not there. So a rule folds two forms together only where the
// published standard or the platform's own documentation says they are one; each rule cites its source.
//
// Every function returns the key, the form to show and the details worth keeping, or a problem that says
// what is wrong, in which input field (`field`), and what to do.
import { domainToASCII, domainToUnicode } from 'node:url';
import { bech32, bech32m, createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2';
import { keccak_256 } from '@noble/hashes/sha3';
import { normalisePhone } from './normalise';

export interface OnlineIdentifier<D> {
  /** The natural key: equal for every written form of one identifier, different for different ones. */
  key: string;
  /** The identifier as an analyst recognises it. */
  display: string;
  details: D;
}
export type OnlineResult<D> = { ok: true; value: OnlineIdentifier<D> } | { ok: false; field: string; problem: string };

const found = <D>(key: string, display: string, details: D): OnlineResult<D> => ({
  ok: true,
  value: { key, display, details },
});
const refuse = <D>(field: string, problem: string): OnlineResult<D> => ({ ok: false, field, problem });

/** Text as typed, without compatibility forms (NFKC) and invisible format characters (zero-width, bidi marks). */
const clean = (raw: string) =>
  raw
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim();
const quote = (raw: string) => `'${raw.length > 80 ? `${raw.slice(0, 80)}…` : raw}'`;

/**
 * A host name to its A-label form: UTS #46 processing (url.domainToASCII, the WHATWG URL host parser), then
 * the LDH rule of RFC 1123 §2.1 per label and at least two labels. Null when it is not a public host name.
 */
function asciiHost(raw: string): string | null {
  const host = domainToASCII(raw.replace(/\.$/, ''));
  if (!host || host.length > 253) return null;
  const labels = host.split('.');
  if (labels.length < 2 || /^\d+$/.test(labels[labels.length - 1])) return null;
  return labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l)) ? host : null;
}

// ---------------------------------------------------------------------------------------------------------
// E-mail addresses

export interface EmailDetails {
  /** The domain in A-label form (after provider aliases: googlemail.com is gmail.com). */
  domain: string;
  /** The provider whose documented folding rules were applied, or null when none applies. */
  provider: 'gmail' | 'yandex' | 'icloud' | null;
  /** The display name written before the address (`"Anna K" <anna@example.com>`), if any. */
  displayName: string | null;
}

// RFC 5322 §3.2.3 dot-atom: atext characters in runs separated by single dots; RFC 6531 §3.3 adds non-ASCII
// characters (internationalised local parts), read here as letters and digits of any script. Quoted local
// parts ("a b"@x) are legal but unseen in practice, and refused with a clear message rather than guessed at.
const ATEXT = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]";
const LOCAL_PART = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*$`, 'u');

// Gmail, as Google's Gmail Help documents: "Dots don't matter in Gmail addresses"
// (support.google.com/mail/answer/7436150); a "+" and any word after the username reaches the same inbox
// (Gmail Help on task-specific addresses); and googlemail.com is the same mailbox as gmail.com (Gmail Help on
// Googlemail addresses, used where the Gmail name was not available).
// No other provider's local parts are folded: sub-addressing (RFC 5233) and dots are each server's own
// choice, and folding them where the provider does not document it could merge two people's mailboxes.
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
// Domains that are one mailbox under another name, as the provider documents it; the local part is kept.
// Yandex Help, "Mailbox aliases" (yandex.com/support/domain/additional/mailbox-alias.xml; Почтовые алиасы):
// every Yandex Mail mailbox has aliases on its domains, and mail to any of them reaches the same mailbox.
// Yandex documents no folding of dots or hyphens in the login, so they count.
// Apple Support, "About your @icloud.com, @me.com, and @mac.com email addresses" (support.apple.com/118230):
// a @me.com or @mac.com address is the same iCloud account as the @icloud.com one.
const DOMAIN_ALIASES: Record<string, { domain: string; provider: 'yandex' | 'icloud' }> = {
  'yandex.ru': { domain: 'yandex.ru', provider: 'yandex' },
  'ya.ru': { domain: 'yandex.ru', provider: 'yandex' },
  'yandex.com': { domain: 'yandex.ru', provider: 'yandex' },
  'yandex.by': { domain: 'yandex.ru', provider: 'yandex' },
  'yandex.kz': { domain: 'yandex.ru', provider: 'yandex' },
  'yandex.ua': { domain: 'yandex.ru', provider: 'yandex' },
  'icloud.com': { domain: 'icloud.com', provider: 'icloud' },
  'me.com': { domain: 'icloud.com', provider: 'icloud' },
  'mac.com': { domain: 'icloud.com', provider: 'icloud' },
};

// What files write around an address: a label ("E-mail:", "e-post:", "sähköposti:", "эл. почта:",
// "email - "), brackets, a trailing list separator, spaces around "@", and the obfuscations adverts use to
// hide an address from harvesters ("anna[at]mail.ru", "anna (at) mail (dot) ru"). A bare " at " is not
// read: it is an English word.
const EMAIL_LABEL =
  /^(?:e-?mail|e-?post|e-?posti|sähköposti|e-?pasts|el\.\s*paštas|эл\.?\s*почта|электронная почта|ел\.?\s*пошта|email-адрес|адрес электронной почты)\s*(?::|[-–—]\s)\s*/iu;
const unwrapEmail = (text: string) =>
  text
    .replace(EMAIL_LABEL, '')
    .replace(/[;,.]+$/, '')
    .replace(/^\((.*)\)$/s, '$1')
    .replace(/\s*[[(]at[\])]\s*/gi, '@')
    .replace(/\s*[[(]dot[\])]\s*/gi, '.')
    .replace(/\s*@\s*/g, '@')
    .trim();

/**
 * An e-mail address: `mailto:` (RFC 6068) and a display name (`"Name" <a@b>`, RFC 5322 §3.4 name-addr)
 * stripped; the domain to its A-label (UTS #46); the whole address lower-cased. RFC 5321 §2.4 lets a server
 * treat the local part as case-sensitive, but the same section says exploiting that "impedes
 * interoperability and is discouraged", and no large provider does: two case spellings are one mailbox in
 * practice, while keeping case apart would miss every link written in another case. Gmail's documented dots
 * and `+tags` are folded (see GMAIL_DOMAINS), and documented domain aliases (Yandex, iCloud) are one domain.
 * A label, brackets, a trailing separator and bracketed [at]/[dot] obfuscations around it are read past.
 */
export function normaliseEmail(raw: string): OnlineResult<EmailDetails> {
  const field = 'address';
  let text = unwrapEmail(clean(raw));
  if (!text) return refuse(field, 'is empty: write the e-mail address, e.g. anna@example.com');
  let displayName: string | null = null;
  const nameAddr = /^(.*?)<([^<>]*)>$/s.exec(text);
  if (nameAddr) {
    displayName =
      nameAddr[1]
        .trim()
        .replace(/^"(.*)"$/s, '$1')
        .trim() || null;
    text = nameAddr[2].trim();
  }
  if (/^mailto:/i.test(text)) {
    // RFC 6068 §2: the address is percent-encoded and may be followed by ?subject=… headers.
    try {
      text = decodeURIComponent(text.slice('mailto:'.length).split('?')[0]).trim();
    } catch {
      return refuse(field, `${quote(raw)} is a mailto: link with broken percent-encoding: write the address itself`);
    }
  }
  const at = text.lastIndexOf('@');
  if (at < 1 || at === text.length - 1)
    return refuse(field, `${quote(raw)} is not an e-mail address: write it as name@domain, e.g. anna@example.com`);
  const local = text.slice(0, at);
  if (local.startsWith('"'))
    return refuse(field, `${quote(raw)} has a quoted local part, which this register does not read: write it unquoted`);
  // RFC 5321 §4.5.3.1.1: a local part is at most 64 octets.
  if (local.length > 64 || !LOCAL_PART.test(local))
    return refuse(
      field,
      `${quote(raw)} is not an e-mail address: the part before "@" holds letters, digits and ! # $ % & ' * + - / = ? ^ _ \` { | } ~, with single dots between them, at most 64 characters`,
    );
  const written = text.slice(at + 1);
  const ascii = asciiHost(written);
  if (!ascii)
    return refuse(
      field,
      `${quote(raw)} is not an e-mail address: '${written}' is not a domain name (e.g. example.com)`,
    );
  const gmail = GMAIL_DOMAINS.has(ascii);
  const alias = DOMAIN_ALIASES[ascii];
  const domain = gmail ? 'gmail.com' : (alias?.domain ?? ascii);
  let keyLocal = local.toLowerCase();
  if (gmail) {
    keyLocal = keyLocal.split('+')[0].replace(/\./g, '');
    if (!keyLocal)
      return refuse(field, `${quote(raw)} has no Gmail username before its "+tag": write the whole address`);
  }
  return found(`${keyLocal}@${domain}`, `${local}@${domainToUnicode(ascii)}`, {
    domain,
    provider: gmail ? 'gmail' : (alias?.provider ?? null),
    displayName,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Messenger and social-network accounts

export const PLATFORMS = [
  'telegram',
  'whatsapp',
  'viber',
  'vk',
  'ok',
  'facebook',
  'instagram',
  'snapchat',
  'tiktok',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface AccountDetails {
  platform: Platform;
  /** The username in its key form, when the account was written by username. */
  handle: string | null;
  /** The platform's numeric id, when the account was written by id (`vk.com/id1`, `profile.php?id=…`). */
  numericId: string | null;
  /** E.164 number when the platform keys the account by phone (WhatsApp, Telegram's t.me/+number): link the Phone. */
  phone: string | null;
}

const PLATFORM_NAMES: Record<Platform, string> = {
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  viber: 'Viber',
  ok: 'OK',
  vk: 'VK',
  facebook: 'Facebook',
  instagram: 'Instagram',
  snapchat: 'Snapchat',
  tiktok: 'TikTok',
};
// The platforms' names as files write them: abbreviations, Russian and Ukrainian spellings and colloquial
// forms, and the app names ("Telegram Messenger", "WhatsApp Messenger", whose " Messenger" is dropped).
const PLATFORM_ALIASES: Record<string, Platform> = {
  tg: 'telegram',
  телеграм: 'telegram',
  телеграмм: 'telegram',
  телега: 'telegram',
  wa: 'whatsapp',
  ватсап: 'whatsapp',
  вотсап: 'whatsapp',
  вацап: 'whatsapp',
  вайбер: 'viber',
  вибер: 'viber',
  odnoklassniki: 'ok',
  одноклассники: 'ok',
  однокласники: 'ok',
  ок: 'ok',
  vkontakte: 'vk',
  вконтакте: 'vk',
  вконтакті: 'vk',
  вк: 'vk',
  fb: 'facebook',
  фейсбук: 'facebook',
  фэйсбук: 'facebook',
  ig: 'instagram',
  insta: 'instagram',
  инстаграм: 'instagram',
  инстаграмм: 'instagram',
  інстаграм: 'instagram',
  инста: 'instagram',
  snap: 'snapchat',
  тикток: 'tiktok',
  тікток: 'tiktok',
};
// Profile hosts. `www.`, `m.`, `mobile.`, `web.`, `mbasic.` and `touch.` prefixes are stripped before lookup.
const PLATFORM_HOSTS: Record<string, Platform> = {
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'telegram.dog': 'telegram',
  // Telegram Web (web.telegram.org/k/#@username, /a/#@username): the chat is in the fragment.
  'telegram.org': 'telegram',
  'wa.me': 'whatsapp',
  'api.whatsapp.com': 'whatsapp',
  'whatsapp.com': 'whatsapp',
  'ok.ru': 'ok',
  'odnoklassniki.ru': 'ok',
  'vk.com': 'vk',
  'vk.ru': 'vk',
  'vkontakte.ru': 'vk',
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'fb.me': 'facebook',
  'instagram.com': 'instagram',
  'instagr.am': 'instagram',
  'snapchat.com': 'snapchat',
  'tiktok.com': 'tiktok',
};

const OK_BY_NUMBER = 'OK profiles are keyed by number: open the profile and record its ok.ru/profile/<number> link';

/**
 * What an account reference names: a username, a numeric id, or a phone number. `group` is a VK community
 * id (club…/public…/event…), a different id space from VK's user ids.
 */
type AccountRef =
  | { kind: 'handle'; value: string }
  | { kind: 'id'; value: string }
  | { kind: 'group'; value: string }
  | { kind: 'phone'; value: string };

type Read = AccountRef | { problem: string };

/** A path segment percent-decoded; one with broken percent-encoding is kept as written (and then refused). */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * A profile URL to what it names. The URL forms are the platforms' own link formats: Telegram's deep links
 * (core.telegram.org/api/links: t.me/<username>, t.me/+<phone>, tg://resolve?domain=, tg://user?id=),
 * WhatsApp's click to chat (faq.whatsapp.com "How to use click to chat": wa.me/<number in international
 * format>, api.whatsapp.com/send?phone=), and the profile addresses each network shows.
 */
function readProfileUrl(platform: Platform, url: URL): Read {
  const parts = url.pathname.split('/').filter(Boolean).map(decodePart);
  const first = parts[0] ?? '';
  const q = (name: string) => url.searchParams.get(name);
  const handle = (value: string | undefined): Read =>
    value ? { kind: 'handle', value } : { problem: 'the link names no profile' };
  switch (platform) {
    case 'telegram': {
      if (url.protocol === 'tg:') {
        if (q('domain')) return handle(q('domain')!);
        if (q('phone')) return { kind: 'phone', value: `+${q('phone')}` };
        if (q('id')) return { kind: 'id', value: q('id')! };
        return { problem: 'the tg: link names no user' };
      }
      const sub = /^([a-z0-9_]+)\.t\.me$/i.exec(url.hostname);
      if (sub) return handle(sub[1]);
      if (/(?:^|\.)telegram\.org$/i.test(url.hostname)) {
        const chat = /^#@(.+)$/.exec(url.hash);
        return chat ? handle(decodePart(chat[1])) : { problem: 'the Telegram Web link names no @username' };
      }
      if (first === 'joinchat' || /^\+(?!\d+$)/.test(first) || first === 'addlist')
        return { problem: 'it is an invite link to a group or channel, not an account' };
      if (first === 'c') return { problem: 'it is a link to a message in a private channel, not an account' };
      if (/^\+\d+$/.test(first)) return { kind: 'phone', value: first };
      // t.me/@username: the "@" is how the username is shown, not part of it.
      return handle((first === 's' ? parts[1] : first)?.replace(/^@/, ''));
    }
    case 'whatsapp': {
      const phone = q('phone') ?? (url.hostname === 'wa.me' && /^\+?\d+$/.test(first) ? first : null);
      if (phone) return { kind: 'phone', value: phone.startsWith('+') ? phone : `+${phone}` };
      if (first === 'message' || first === 'qr')
        return { problem: 'it is a WhatsApp short link, which hides the number: open it and record the phone number' };
      return { problem: 'the link names no phone number' };
    }
    case 'viber':
      // Viber's contact links as its apps share them, viber://chat?number= and viber://add?number= (Viber's
      // developer documentation covers only bot links): the account is the number they carry.
      return q('number')
        ? { kind: 'phone', value: q('number')!.startsWith('+') ? q('number')! : `+${q('number')}` }
        : { problem: 'the link names no phone number' };
    case 'vk':
      return readVkName(first);
    case 'ok':
      // OK (Odnoklassniki) shows a profile as ok.ru/profile/<number>; a chosen short address hides the number.
      if (first === 'profile' && parts[1]) return { kind: 'id', value: parts[1] };
      return { problem: OK_BY_NUMBER };
    case 'facebook': {
      if (first === 'profile.php')
        return q('id') ? { kind: 'id', value: q('id')! } : { problem: 'profile.php without id' };
      if (first === 'people')
        return parts[2] ? { kind: 'id', value: parts[2] } : { problem: 'the link names no profile' };
      // facebook.com/<number> opens the profile with that id, as profile.php?id= does; a bare number is
      // read as the id too (readBare).
      if (/^\d+$/.test(first)) return { kind: 'id', value: first };
      if (['groups', 'events', 'share', 'watch', 'photo.php', 'story.php', 'permalink.php'].includes(first))
        return { problem: `it is a link to ${first.replace(/\.php$/, '')}, not to a profile` };
      return handle(first);
    }
    case 'instagram':
      if (['p', 'reel', 'reels', 'tv', 'explore'].includes(first))
        return { problem: 'it is a link to a post, not to a profile: record the account that posted it' };
      return handle(first === '_u' || first === 'stories' ? parts[1] : first);
    case 'snapchat':
      return handle(first === 'add' ? parts[1] : first.replace(/^@/, '') || undefined);
    case 'tiktok':
      if (/^(vm|vt)\./.test(url.hostname) || first === 't')
        return { problem: 'it is a TikTok short link, which hides the account: open it and record the profile link' };
      return first.startsWith('@') ? handle(first.slice(1)) : { problem: 'a TikTok profile link has /@username' };
  }
}

// VK: vk.com/id<number> is a user id, club/public/event<number> a community id, anything else a short name.
function readVkName(name: string): Read {
  const id = /^id(\d+)$/i.exec(name);
  if (id) return { kind: 'id', value: id[1] };
  const group = /^(?:club|public|event)(\d+)$/i.exec(name);
  if (group) return { kind: 'group', value: group[1] };
  return /^\d+$/.test(name) ? { kind: 'id', value: name } : { kind: 'handle', value: name };
}

/**
 * A bare handle, `@handle` or number, read under the platform's rules. Telegram finds accounts by phone
 * number too, so a number there is a phone when it is written as one: with "+", with the spaces, dashes or
 * brackets of phone notation (no id or username holds them), or in the case country's national format,
 * trunk prefix included, as the files of that country write phones, when no numeric id reads the same: a
 * trunk 0 ("0401234567" in a Finnish case: no id starts with 0), or 11 digits or more ("89211234567" in a
 * Russian case). Telegram's user ids were 32-bit numbers, up to 10 digits, until 2021 (the Bot API then
 * warned that ids may exceed 32 bits), so a Lithuanian "861234567" stays the id it as likely is. An id
 * that looks like a national phone number is written unambiguously as tg://user?id=<id>.
 */
function readBare(platform: Platform, text: string, country: string): Read {
  const value = text.replace(/^@/, '');
  if (platform === 'whatsapp' || platform === 'viber') return { kind: 'phone', value: text };
  if (platform === 'telegram' && /^\+?[\d\s().-]+$/.test(text) && !/^\d+$/.test(text))
    return { kind: 'phone', value: text };
  if (platform === 'telegram' && /^(?:0\d+|\d{11,})$/.test(text)) {
    const phone = normalisePhone(text, country);
    if (phone.ok && phone.value.readAs === null && phone.value.trunkPrefix) return { kind: 'phone', value: text };
  }
  if (platform === 'vk') return readVkName(value);
  // Telegram and Facebook usernames hold letters (below), so a bare number there is the numeric id; OK keys
  // profiles by number.
  if ((platform === 'telegram' || platform === 'facebook' || platform === 'ok') && /^\d+$/.test(value))
    return { kind: 'id', value };
  return { kind: 'handle', value };
}

interface HandleRule {
  pattern: RegExp;
  /** The key form of a valid handle. */
  fold: (handle: string) => string;
  rule: string;
}
const lower = (h: string) => h.toLowerCase();
// Each platform's username rules as it documents them. All are case-insensitive, so the key is lower case.
const HANDLE_RULES: Record<Exclude<Platform, 'whatsapp' | 'viber' | 'ok'>, HandleRule> = {
  // Telegram API, account.updateUsername: "Accepted characters: A-z (case-insensitive), 0-9 and underscores.
  // Length: 5-32 characters." Collectible usernames sold on Fragment (fragment.com) may have 4.
  telegram: { pattern: /^[a-z][a-z0-9_]{3,31}$/i, fold: lower, rule: '4 to 32 Latin letters, digits and _' },
  // VK short addresses: Latin letters, digits, "_" and "."; VK resolves them without regard to case
  // (API utils.resolveScreenName).
  vk: { pattern: /^[a-z0-9_.]{2,32}$/i, fold: lower, rule: 'Latin letters, digits, _ and .' },
  // Facebook Help Center, "Guidelines for creating a custom username" (help/105399436216001): only A-Z, 0-9
  // and periods, at least 5 characters; "Periods (".") and capitalization can't be used to differentiate
  // usernames … johnsmith55, John.Smith55 and john.smith.55 are all considered the same username."
  facebook: {
    pattern: /^(?=(?:\.*[a-z0-9]){5})[a-z0-9.]{5,50}$/i,
    fold: (h) => h.toLowerCase().replace(/\./g, ''),
    rule: 'at least 5 Latin letters and digits, with periods',
  },
  // Instagram Help Center on usernames: letters, numbers, periods and underscores, at most 30 characters;
  // usernames are not case-sensitive, but a period does count (user.name and username are two accounts).
  instagram: { pattern: /^[a-z0-9._]{1,30}$/i, fold: lower, rule: 'at most 30 Latin letters, digits, _ and .' },
  // Snapchat Support on usernames: 3–15 characters, starting with a letter, letters,
  // numbers and one of - _ . in between, ending with a letter or number; not case-sensitive.
  snapchat: {
    pattern: /^[a-z][a-z0-9._-]{1,13}[a-z0-9]$/i,
    fold: lower,
    rule: '3 to 15 characters: a letter first, letters, digits, - _ . inside',
  },
  // TikTok Help Center on usernames: letters, numbers, underscores and periods, a period not
  // last; at most 24 characters; shown and matched in lower case.
  tiktok: {
    pattern: /^[a-z0-9._]{1,23}[a-z0-9_]$/i,
    fold: lower,
    rule: 'at most 24 Latin letters, digits, _ and ., not ending in .',
  },
};

function platformOf(raw: string): Platform | null {
  const p = clean(raw)
    .toLowerCase()
    .replace(/\s+(?:messenger|мессенджер|месенджер)$/, '');
  return (PLATFORMS as readonly string[]).includes(p) ? (p as Platform) : (PLATFORM_ALIASES[p] ?? null);
}

/** The URL a reference is written as, or null for a bare handle or number. */
function asUrl(text: string): URL | null {
  const hasScheme = /^(?:https?|tg|whatsapp|viber):/i.test(text);
  if (!hasScheme && !/^[\w.-]+\.[a-z]{2,}\//i.test(text) && !/^(?:[\w-]+\.)*(?:t\.me|wa\.me)$/i.test(text)) return null;
  try {
    return new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return null;
  }
}

/**
 * A messenger or social-network account. The key is platform + the username folded by that platform's
 * documented rules, or platform + `id:` + its numeric id, or (for accounts keyed by phone) platform + the
 * E.164 number. A numeric id and a username of one account are different keys: nothing written beside
 * them says they are one account, so they stay two nodes until a case record links them. `account` takes
 * a username with or without `@`, a profile URL, a numeric id, or a phone number for WhatsApp and Viber;
 * `platform` may be omitted when a URL names it. `country` reads phone numbers written without "+".
 */
export function normaliseOnlineAccount(input: {
  platform?: string | null;
  account: string;
  country: string;
}): OnlineResult<AccountDetails> {
  const text = clean(input.account);
  if (!text) return refuse('account', 'is empty: write the username, profile link or number');
  const named = input.platform?.trim() ? platformOf(input.platform) : null;
  if (input.platform?.trim() && !named)
    return refuse(
      'platform',
      `${quote(input.platform)} is not a platform this register reads: use one of ${PLATFORMS.join(', ')}`,
    );
  const url = asUrl(text);
  let platform = named;
  let ref: Read;
  if (url) {
    const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile|web|mbasic|touch)\./, '');
    const linked =
      url.protocol === 'tg:'
        ? 'telegram'
        : url.protocol === 'whatsapp:'
          ? 'whatsapp'
          : url.protocol === 'viber:'
            ? 'viber'
            : (PLATFORM_HOSTS[host] ??
              (host.endsWith('.t.me') ? 'telegram' : host.endsWith('tiktok.com') ? 'tiktok' : null));
    if (!linked)
      return refuse(
        'account',
        `${quote(text)} is a link to ${host || url.protocol}, not to a profile on ${PLATFORMS.join(', ')}: write the platform and the username`,
      );
    if (named && named !== linked)
      return refuse(
        'platform',
        `the platform is ${named} but the link ${quote(text)} is a ${PLATFORM_NAMES[linked]} link: correct one of them`,
      );
    platform = linked;
    ref = readProfileUrl(linked, url);
  } else {
    if (!platform)
      return refuse(
        'platform',
        `is missing: name the platform of ${quote(text)} (one of ${PLATFORMS.join(', ')}), or give its profile link`,
      );
    ref = readBare(platform, text, input.country);
  }
  const name = PLATFORM_NAMES[platform];
  if ('problem' in ref) return refuse('account', `${quote(text)} is not a ${name} account: ${ref.problem}`);
  const details = (over: Partial<AccountDetails>): AccountDetails => ({
    platform: platform,
    handle: null,
    numericId: null,
    phone: null,
    ...over,
  });
  switch (ref.kind) {
    case 'phone': {
      const phone = normalisePhone(ref.value, input.country);
      if (!phone.ok)
        return refuse(
          'account',
          `${quote(text)} is not a ${name} account: ${phone.problem}; write the number in international format (+country code)`,
        );
      const e164 = phone.value.e164;
      return found(`${platform}:${e164}`, `${name} ${e164}`, details({ phone: e164 }));
    }
    case 'id':
    case 'group':
      if (!/^\d{1,20}$/.test(ref.value))
        return refuse(
          'account',
          `${quote(text)} is not a ${name} account: its numeric id '${ref.value}' must be digits only`,
        );
      return ref.kind === 'id'
        ? found(
            `${platform}:id:${BigInt(ref.value)}`,
            `${name} id ${BigInt(ref.value)}`,
            details({ numericId: `${BigInt(ref.value)}` }),
          )
        : found(
            `${platform}:group:${BigInt(ref.value)}`,
            `${name} community ${BigInt(ref.value)}`,
            details({ numericId: `${BigInt(ref.value)}` }),
          );
    case 'handle': {
      if (platform === 'whatsapp' || platform === 'viber')
        return refuse('account', `${quote(text)} is not a ${name} account: ${name} accounts are phone numbers`);
      if (platform === 'ok') return refuse('account', `${quote(text)} is not an OK account: ${OK_BY_NUMBER}`);
      const rule = HANDLE_RULES[platform];
      if (!rule.pattern.test(ref.value))
        return refuse('account', `${quote(text)} is not a ${name} username (${rule.rule}): check the spelling`);
      const key = rule.fold(ref.value);
      return found(`${platform}:${key}`, `${name} @${ref.value}`, details({ handle: key }));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Adverts

export interface AdvertDetails {
  /** The site's host, without `www.`/`m.`, in A-label form. */
  site: string;
  /** The site's own advert number, when its URL pattern gives one. */
  advertId: string | null;
  /** The normalised URL (no scheme), when the advert was written as a URL. */
  url: string | null;
}

/**
 * Classified, job and escort-advert sites of the region whose advert URLs carry the advert's number. Keyed by
 * that number, an advert is one node whatever its title slug, category path or city in the URL: these change
 * when the poster edits the advert, the number does not.
 */
const ADVERT_SITES: Array<{ host: RegExp; id: (url: URL) => string | undefined }> = [
  // Avito: the path ends in _<number> (avito.ru/moskva/vakansii/administrator_2345678901).
  { host: /^avito\.ru$/, id: (u) => /_(\d{6,})$/.exec(u.pathname)?.[1] },
  // HeadHunter and its regional sites: /vacancy/<number>.
  {
    host: /^(?:[a-z-]+\.)?hh\.(?:ru|kz|uz)$|^(?:[a-z-]+\.)?rabota\.by$/,
    id: (u) => /^\/vacancy\/(\d+)/.exec(u.pathname)?.[1],
  },
  // OLX (Poland, Ukraine, Kazakhstan, Uzbekistan, Romania, Bulgaria, Portugal): …-ID<code>.html.
  { host: /^olx\.(?:pl|ua|kz|uz|ro|bg|pt)$/, id: (u) => /-ID([0-9A-Za-z]+)\.html$/.exec(u.pathname)?.[1] },
  // FINN.no: ?finnkode=<number>, or /item/<number> and /ad/<number> in its newer paths.
  { host: /^finn\.no$/, id: (u) => u.searchParams.get('finnkode') ?? /\/(?:item|ad)\/(\d+)/.exec(u.pathname)?.[1] },
  // Tori.fi (/vi/<number>, newer /item/<number>), Blocket (/annons/…/<number>, /item/<number>), DBA (/id-<number>).
  { host: /^tori\.fi$/, id: (u) => /\/(?:vi|item)\/(\d+)/.exec(u.pathname)?.[1] },
  { host: /^blocket\.se$/, id: (u) => /\/(?:annons\/.*|item)\/(\d+)\/?$/.exec(u.pathname)?.[1] },
  { host: /^dba\.dk$/, id: (u) => /\/(?:id-|item\/)(\d+)/.exec(u.pathname)?.[1] },
  // SS.COM (Latvia; ss.lv is the same site): /msg/…/<code>.html.
  { host: /^ss\.(?:com|lv)$/, id: (u) => /^\/msg\/.*\/([a-z0-9]+)\.html$/.exec(u.pathname)?.[1] },
  // Okidoki (Estonia): /item/<slug>/<number>/.
  { host: /^okidoki\.ee$/, id: (u) => /^\/item\/[^/]+\/(\d+)\/?$/.exec(u.pathname)?.[1] },
  // Skelbiu.lt (Lithuania): …-<number>.html.
  { host: /^skelbiu\.lt$/, id: (u) => /-(\d+)\.html$/.exec(u.pathname)?.[1] },
];
// One site under two names is one id space.
const SITE_ALIASES: Record<string, string> = { 'ss.lv': 'ss.com' };

// Parameters that record how a visitor arrived, not which page: campaign tags (utm_*, Google Analytics
// Campaign URL Builder) and the click ids ad platforms append (Facebook fbclid, Google gclid/gbraid/wbraid/
// dclid, Microsoft msclkid, Yandex yclid/ysclid, Mailchimp mc_cid/mc_eid, Instagram igshid, TikTok ttclid…).
// prettier-ignore
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'gbraid', 'wbraid', 'dclid', 'gclsrc', 'msclkid', 'yclid', 'ysclid', '_openstat',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'ttclid', 'twclid', 'li_fat_id', 'srsltid', '_ga', '_gl',
  '_hsenc', '_hsmi', 'mkt_tok', 'oly_enc_id', 'oly_anon_id', 'vero_id', 'wickedid', 'rb_clickid', 's_cid', 'spm',
]);
export const isTrackingParameter = (name: string) => /^utm_/i.test(name) || TRACKING_PARAMETERS.has(name.toLowerCase());

/** RFC 3986 §6.2.2.1–2: percent-encoded octets in upper case, and unreserved characters decoded. */
const normalisePercent = (s: string) =>
  s.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });

/**
 * An advert: the site's host and its advert number where the site's URL pattern gives one (ADVERT_SITES),
 * else the normalised URL. The URL is normalised as RFC 3986 §6.2.2 and §6.2.3 allow (host lower case,
 * IDN host to its A-label by UTS #46 in the WHATWG URL parser, default port and dot-segments removed,
 * percent-encoding normalised), and further as the web behaves though the RFC does not promise it: the
 * scheme (http and https serve one advert), a `www.` or `m.` host prefix, the fragment, tracking parameters
 * and a trailing slash are dropped, and the remaining query parameters sorted. The posting time is the
 * caller's. `site` + `advertId` may be given instead of a URL (an advert number quoted in a report).
 */
export function normaliseAdvert(input: {
  url?: string | null;
  site?: string | null;
  advertId?: string | null;
}): OnlineResult<AdvertDetails> {
  const written = clean(input.url ?? '');
  if (!written) {
    const id = clean(input.advertId ?? '');
    const site = clean(input.site ?? '');
    if (!id && !site) return refuse('url', 'is empty: write the advert link, or its site and advert number');
    if (!site) return refuse('site', `is missing: name the site of advert ${quote(id)} (its domain, e.g. avito.ru)`);
    const host = asciiHost(
      site
        .toLowerCase()
        .replace(/^(?:https?:\/\/)?(?:www\.|m\.)?/, '')
        .replace(/\/.*$/, ''),
    );
    if (!host) return refuse('site', `${quote(site)} is not a site's domain name: write it as e.g. avito.ru`);
    if (!id) return refuse('advertId', `is missing: write the advert's number on ${host}, or the advert link`);
    if (!/^[0-9A-Za-z_-]{1,64}$/.test(id))
      return refuse('advertId', `${quote(id)} is not an advert number: letters, digits, - and _ only`);
    const s = SITE_ALIASES[host] ?? host;
    return found(`id:${s}:${id}`, `${s} advert ${id}`, { site: s, advertId: id, url: null });
  }
  if (!/^https?:\/\//i.test(written) && /^[a-z][a-z0-9+.-]*:/i.test(written) && !/^[^:/]+:\d/.test(written))
    return refuse('url', `${quote(written)} is not a web address: an advert link starts with http:// or https://`);
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(written) ? written : `https://${written}`);
  } catch {
    return refuse('url', `${quote(written)} is not a web address: write the advert's link as shown in the browser`);
  }
  const host = asciiHost(url.hostname.replace(/^(?:www|m)\./, ''));
  if (!host) return refuse('url', `${quote(written)} is not a web address: '${url.hostname}' is not a domain name`);
  const site = SITE_ALIASES[host] ?? host;
  const known = ADVERT_SITES.find((s) => s.host.test(host));
  const params = new URLSearchParams([...url.searchParams].filter(([name]) => !isTrackingParameter(name)));
  params.sort();
  const query = params.toString();
  const path = normalisePercent(url.pathname).replace(/\/+$/, '');
  const normalised = `${site}${url.port ? `:${url.port}` : ''}${path}${query ? `?${query}` : ''}`;
  const id = known?.id(url);
  if (id) return found(`id:${site}:${id}`, `${site} advert ${id}`, { site, advertId: id, url: normalised });
  const shown = `${domainToUnicode(site)}${normalised.slice(site.length)}`;
  return found(`url:${normalised}`, shown, { site, advertId: null, url: normalised });
}

// ---------------------------------------------------------------------------------------------------------
// Crypto wallets

export const CHAINS = ['bitcoin', 'ethereum', 'tron'] as const;
export type Chain = (typeof CHAINS)[number];

export interface WalletDetails {
  chain: Chain;
  /** Bitcoin: p2pkh, p2sh, p2wpkh, p2wsh, p2tr or segwit-v<N>; Ethereum and Tron: account. */
  addressType: string;
  /** Whether a checksum was written and verified (an all-lower or all-upper Ethereum address carries none). */
  checksum: 'verified' | 'none';
}

const CHAIN_ALIASES: Record<string, Chain> = {
  btc: 'bitcoin',
  xbt: 'bitcoin',
  eth: 'ethereum',
  erc20: 'ethereum',
  trx: 'tron',
  trc20: 'tron',
};
// A stablecoin is named with its network: "USDT (TRC20)", "USDT-TRC20", "USDT ERC-20". Tether and Circle
// name each network by its token standard (TRC-20 on Tron, ERC-20 on Ethereum), which is what names the
// chain; the token's own name says nothing of it, so it is left out, and a token named alone ("USDT")
// leaves the chain to the address's form. Every other word must name one and the same chain.
const TOKENS = new Set(['usdt', 'usdc']);
const chainWords = (raw: string) =>
  clean(raw)
    .toLowerCase()
    .replace(/-(?=\d)/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !TOKENS.has(w));
const chainOf = (words: string[]): Chain | null => {
  const named = new Set(words.map((w) => ((CHAINS as readonly string[]).includes(w) ? w : (CHAIN_ALIASES[w] ?? null))));
  return named.size === 1 ? ([...named][0] as Chain | null) : null;
};

// Base58Check: the payload followed by the first four bytes of its double SHA-256 (Bitcoin's address format).
const base58check = createBase58check(sha256);
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;

type Decoded =
  { ok: true; key: string; addressType: string; checksum: 'verified' | 'none' } | { ok: false; problem: string };
const retype = 'copy the address again from the source: one character is mistyped, missing or extra';

/** The payload of a Base58Check string, or what is wrong with it. */
function readBase58check(address: string): Uint8Array | string {
  if (!BASE58.test(address)) return `holds characters outside Base58 (0, O, I and l are never used): ${retype}`;
  try {
    return base58check.decode(address);
  } catch {
    return `fails its Base58Check checksum: ${retype}`;
  }
}

/**
 * A Bitcoin mainnet address. Base58Check P2PKH (version 0) and P2SH (version 5, BIP-13); native segwit
 * by BIP-173 (witness version 0, bech32) and BIP-350 (versions 1–16, bech32m), with BIP-173's decoding
 * rules: one case throughout, hrp "bc", witness version ≤ 16, program of 2–40 bytes, 20 or 32 for version
 * 0, no excess or non-zero padding. Bech32 is case-insensitive, so its key is lower case; Base58 is not.
 */
function readBitcoin(address: string): Decoded {
  if (/^(?:bc|tb|bcrt)1/i.test(address)) {
    const lowerCase = address.toLowerCase();
    if (address !== lowerCase && address !== address.toUpperCase())
      return { ok: false, problem: `mixes upper and lower case, which BIP-173 forbids: ${retype}` };
    const asBech32 = bech32.decodeUnsafe(lowerCase, 90);
    const decoded = asBech32 ?? bech32m.decodeUnsafe(lowerCase, 90);
    if (!decoded) return { ok: false, problem: `fails its bech32 checksum (BIP-173/BIP-350): ${retype}` };
    const [version, ...data] = decoded.words;
    const program = data.length ? bech32.fromWordsUnsafe(data) : undefined;
    if (version === undefined || version > 16 || !program || program.length < 2 || program.length > 40)
      return { ok: false, problem: `is not a valid segwit address (BIP-173 witness version and program): ${retype}` };
    if (version === 0 && program.length !== 20 && program.length !== 32)
      return { ok: false, problem: `is not a valid segwit version 0 address (program of 20 or 32 bytes): ${retype}` };
    if ((version === 0) !== Boolean(asBech32))
      return {
        ok: false,
        problem: `uses the wrong checksum for its witness version (bech32 for v0, bech32m from v1, BIP-350): ${retype}`,
      };
    const addressType =
      version === 0
        ? program.length === 20
          ? 'p2wpkh'
          : 'p2wsh'
        : version === 1 && program.length === 32
          ? 'p2tr'
          : `segwit-v${version}`;
    // Checked last, so that a malformed testnet address is refused for what is wrong with it.
    if (decoded.prefix !== 'bc')
      return { ok: false, problem: 'is a Bitcoin testnet address, which holds no real money' };
    return { ok: true, key: `bitcoin:${lowerCase}`, addressType, checksum: 'verified' };
  }
  const payload = readBase58check(address);
  if (typeof payload === 'string') return { ok: false, problem: payload };
  if (payload.length !== 21) return { ok: false, problem: `is not a Bitcoin address (wrong length): ${retype}` };
  if (payload[0] === 0x6f || payload[0] === 0xc4)
    return { ok: false, problem: 'is a Bitcoin testnet address, which holds no real money' };
  if (payload[0] !== 0x00 && payload[0] !== 0x05)
    return { ok: false, problem: 'has a valid checksum but is not a Bitcoin address (version byte): check the chain' };
  return {
    ok: true,
    key: `bitcoin:${address}`,
    addressType: payload[0] === 0 ? 'p2pkh' : 'p2sh',
    checksum: 'verified',
  };
}

/**
 * An Ethereum address, EIP-55: 0x and 40 hex digits. A mixed-case address carries a checksum in the case of
 * its letters (a letter is upper case where the Keccak-256 of the lower-case hex has a nibble ≥ 8) and must
 * match it; an all-lower or all-upper one carries none and is accepted unchecked. The key is lower case.
 */
function readEthereum(address: string): Decoded {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address))
    return { ok: false, problem: `is not an Ethereum address (0x and 40 hexadecimal digits): ${retype}` };
  const hex = address.slice(2);
  const lowerHex = hex.toLowerCase();
  if (hex === lowerHex || hex === hex.toUpperCase())
    return { ok: true, key: `ethereum:0x${lowerHex}`, addressType: 'account', checksum: 'none' };
  if (toChecksumAddress(lowerHex) !== `0x${hex}`)
    return { ok: false, problem: `fails its EIP-55 checksum (the case of its letters): ${retype}` };
  return { ok: true, key: `ethereum:0x${lowerHex}`, addressType: 'account', checksum: 'verified' };
}

/** EIP-55 mixed-case checksum form of 40 lower-case hex digits. */
function toChecksumAddress(lowerHex: string): string {
  const hash = keccak_256(new TextEncoder().encode(lowerHex));
  const nibble = (i: number) => (hash[i >> 1] >> (i % 2 ? 0 : 4)) & 0xf;
  return `0x${[...lowerHex].map((c, i) => (nibble(i) >= 8 ? c.toUpperCase() : c)).join('')}`;
}

/**
 * A Tron address: Base58Check of the byte 0x41 and the 20-byte account (TRON developer documentation,
 * "Account": addresses start with T). USDT on Tron (TRC-20) is a common payment rail in the cases.
 */
function readTron(address: string): Decoded {
  const payload = readBase58check(address);
  if (typeof payload === 'string') return { ok: false, problem: payload };
  if (payload.length !== 21 || payload[0] !== 0x41)
    return {
      ok: false,
      problem: 'has a valid checksum but is not a Tron address (version byte 0x41): check the chain',
    };
  return { ok: true, key: `tron:${address}`, addressType: 'account', checksum: 'verified' };
}

const READERS: Record<Chain, (address: string) => Decoded> = {
  bitcoin: readBitcoin,
  ethereum: readEthereum,
  tron: readTron,
};
const CHAIN_NAMES: Record<Chain, string> = { bitcoin: 'Bitcoin', ethereum: 'Ethereum', tron: 'Tron' };

/** Which chain an address's own form shows, when the record does not say. */
function detectChain(address: string): Chain | null {
  if (/^0x[0-9a-f]{40}$/i.test(address)) return 'ethereum';
  // Loose on the alphabet, so that a mistyped 0, O, I or l is refused as a Base58 typo, not as unknown.
  if (/^(?:bc|tb|bcrt)1/i.test(address) || /^[123mn][a-zA-Z0-9]{25,34}$/.test(address)) return 'bitcoin';
  if (/^T[a-zA-Z0-9]{33}$/.test(address)) return 'tron';
  return null;
}

/**
 * The address inside a payment URI: BIP-21 `bitcoin:<address>?amount=…` and EIP-681
 * `ethereum:[pay-]<address>[@chainId][/function]?…`. An EIP-681 token transfer
 * (`ethereum:<token>/transfer?address=<recipient>&uint256=…`) pays the `address` parameter, not the token
 * contract, so that is the wallet.
 */
function fromUri(text: string): { chain: Chain | null; address: string } {
  const m = /^(bitcoin|ethereum):(?:\/\/)?(?:pay-)?([^?@/]*)(?:@[^?/]*)?(\/[^?]*)?(?:\?(.*))?$/i.exec(text);
  if (!m) return { chain: null, address: text };
  const chain = m[1].toLowerCase() as Chain;
  const recipient = m[3] === '/transfer' ? new URLSearchParams(m[4] ?? '').get('address') : null;
  return { chain, address: recipient ?? m[2] };
}

/**
 * A crypto wallet: chain + address, the address's checksum verified (a typo'd wallet must never become a new
 * node). `chain` may be omitted when the address's form shows it; a payment URI (BIP-21, EIP-681) is read.
 */
export function normaliseCryptoWallet(input: { chain?: string | null; address: string }): OnlineResult<WalletDetails> {
  const text = clean(input.address).replace(/\s+/g, '');
  if (!text) return refuse('address', 'is empty: write the wallet address');
  const words = chainWords(input.chain ?? '');
  const named = words.length ? chainOf(words) : null;
  if (words.length && !named)
    return refuse(
      'chain',
      `${quote(input.chain ?? '')} is not a chain this register reads: use one of ${CHAINS.join(', ')}`,
    );
  const uri = fromUri(text);
  if (named && uri.chain && named !== uri.chain)
    return refuse(
      'chain',
      `the chain is ${named} but ${quote(text)} is a ${uri.chain}: payment link: correct one of them`,
    );
  const address = uri.address;
  if (/\.eth$/i.test(address))
    return refuse(
      'address',
      `${quote(address)} is an ENS name, not an address: record the 0x address it resolved to at the time`,
    );
  const detected = detectChain(address);
  const chain = named ?? uri.chain ?? detected;
  if (!chain)
    return refuse(
      'address',
      `${quote(address)} is not a Bitcoin, Ethereum or Tron address: check it, or name the chain`,
    );
  if (named && detected && detected !== chain)
    return refuse(
      'address',
      `${quote(address)} looks like a ${CHAIN_NAMES[detected]} address, not ${CHAIN_NAMES[chain]}: check the chain`,
    );
  const r = READERS[chain](address);
  if (!r.ok) return refuse('address', `${CHAIN_NAMES[chain]} address ${quote(address)} ${r.problem}`);
  const display =
    chain === 'ethereum' ? toChecksumAddress(address.slice(2).toLowerCase()) : r.key.slice(chain.length + 1);
  return found(r.key, display, { chain, addressType: r.addressType, checksum: r.checksum });
}
