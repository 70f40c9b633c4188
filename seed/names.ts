// Person names of the region and of victims' countries of origin, and how a name changes when another
// country writes it: Russian names in Cyrillic or in one of several Latin transliterations, Baltic
// masculine endings added to Russian names, diacritics dropped and Nordic letters spelled out abroad.
import type { Rng } from './identifiers';

export type Gender = 'FEMALE' | 'MALE';

/** An individual's name before anyone writes it down. */
export type Identity =
  | { kind: 'cyr'; gender: Gender; first: string; surname: string; patronymic: string | null; nick: string | null }
  | { kind: 'latin'; gender: Gender; first: string; surname: string; nationality: string; surnameFirst: boolean };

// ---------------------------------------------------------------------------------------------
// Russian (and Belarusian) names in Cyrillic: masculine first name with its patronymic stems and
// diminutive; feminine first names with diminutives; surnames in masculine form.

const RU_MALE: Array<[string, string, string]> = [
  ['Сергей', 'Сергеев', 'Серёга'], ['Александр', 'Александров', 'Саша'], ['Дмитрий', 'Дмитриев', 'Дима'],
  ['Андрей', 'Андреев', 'Андрюха'], ['Алексей', 'Алексеев', 'Лёша'], ['Иван', 'Иванов', 'Ваня'],
  ['Михаил', 'Михайлов', 'Миша'], ['Николай', 'Николаев', 'Коля'], ['Владимир', 'Владимиров', 'Вова'],
  ['Пётр', 'Петров', 'Петя'], ['Юрий', 'Юрьев', 'Юра'], ['Игорь', 'Игорев', 'Гоша'], ['Олег', 'Олегов', 'Олежка'],
  ['Виктор', 'Викторов', 'Витя'], ['Евгений', 'Евгеньев', 'Женя'], ['Максим', 'Максимов', 'Макс'],
  ['Артём', 'Артёмов', 'Тёма'], ['Роман', 'Романов', 'Рома'], ['Вадим', 'Вадимов', 'Вадик'],
  ['Константин', 'Константинов', 'Костя'], ['Павел', 'Павлов', 'Паша'], ['Вячеслав', 'Вячеславов', 'Слава'],
  ['Анатолий', 'Анатольев', 'Толя'], ['Григорий', 'Григорьев', 'Гриша'], ['Станислав', 'Станиславов', 'Стас'],
];
const RU_FEMALE: Array<[string, string]> = [
  ['Юлия', 'Юля'], ['Елена', 'Лена'], ['Ольга', 'Оля'], ['Наталья', 'Наташа'], ['Татьяна', 'Таня'],
  ['Ирина', 'Ира'], ['Светлана', 'Света'], ['Екатерина', 'Катя'], ['Анна', 'Аня'], ['Мария', 'Маша'],
  ['Анастасия', 'Настя'], ['Дарья', 'Даша'], ['Ксения', 'Ксюша'], ['Валентина', 'Валя'], ['Людмила', 'Люда'],
  ['Марина', 'Марина'], ['Оксана', 'Оксана'], ['Алёна', 'Алёна'], ['Виктория', 'Вика'], ['Евгения', 'Женя'],
  ['Надежда', 'Надя'], ['Галина', 'Галя'], ['Вера', 'Вера'], ['Любовь', 'Люба'],
];
const RU_SURNAMES = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров',
  'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев',
  'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев',
  'Романов', 'Воробьёв', 'Кузьмин', 'Фролов', 'Королёв', 'Гусев', 'Киселёв', 'Ильин', 'Поляков', 'Сорокин',
  'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов', 'Тарасов', 'Жуков', 'Баранов', 'Комаров', 'Давыдов',
  'Беляев', 'Богданов', 'Осипов', 'Сидоров', 'Титов', 'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников',
  'Щербаков', 'Чернышёв', 'Быков', 'Хохлов', 'Журавлёв', 'Шевцов', 'Юдин', 'Цветков', 'Покровский', 'Высоцкий',
  'Ковальский', 'Жданов', 'Ершов', 'Шубин', 'Щукин', 'Яшин',
];
// Central Asian workers appear in Russian cases with Russified Cyrillic names and no patronymic.
const UZ_MALE = ['Рустам', 'Дилшод', 'Фаррух', 'Джамшид', 'Бахтиёр', 'Шерзод', 'Улугбек', 'Азиз', 'Отабек', 'Санжар'];
const UZ_FEMALE = ['Нодира', 'Гульнора', 'Дилноза', 'Шахноза', 'Зарина', 'Мадина', 'Феруза', 'Камола'];
const UZ_SURNAMES = ['Каримов', 'Рахимов', 'Юсупов', 'Турсунов', 'Алимов', 'Назаров', 'Эргашев', 'Умаров', 'Холматов', 'Мирзаев', 'Абдуллаев', 'Исмоилов'];

const patronymicOf = (stem: string, g: Gender) => stem + (g === 'MALE' ? 'ич' : 'на');
export const feminineRu = (m: string) => (/(ский|цкий)$/.test(m) ? m.slice(0, -2) + 'ая' : /(ов|ев|ёв|ин|ын)$/.test(m) ? m + 'а' : m);

// ---------------------------------------------------------------------------------------------
// Transliteration of Cyrillic by the systems found in Nordic, Baltic and Russian files.

export type Style = 'ICAO' | 'BGN' | 'DE' | 'NORDIC' | 'FR' | 'EE' | 'FI' | 'LV' | 'LT';
type Table = Record<string, string>;
const BASE: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};
const TABLES: Record<Style, { t: Table; je: string; jo: string }> = {
  ICAO: { t: BASE, je: 'e', jo: 'e' },
  FR: { t: BASE, je: 'e', jo: 'e' },
  BGN: { t: { ...BASE, ё: 'yo', й: 'y', ю: 'yu', я: 'ya' }, je: 'ye', jo: 'yo' },
  DE: { t: { ...BASE, в: 'w', ё: 'jo', ж: 'sch', з: 's', й: 'j', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ю: 'ju', я: 'ja' }, je: 'je', jo: 'jo' },
  NORDIC: { t: { ...BASE, ё: 'jo', ж: 'zj', й: 'j', х: 'ch', ч: 'tj', ш: 'sj', щ: 'sjtj', ю: 'ju', я: 'ja' }, je: 'je', jo: 'jo' },
  EE: { t: { ...BASE, ё: 'jo', ж: 'ž', х: 'h', ч: 'tš', ш: 'š', щ: 'štš', ы: 'õ', ю: 'ju', я: 'ja' }, je: 'je', jo: 'jo' },
  FI: { t: { ...BASE, ё: 'jo', ж: 'ž', х: 'h', ч: 'tš', ш: 'š', щ: 'štš', й: 'i', ю: 'ju', я: 'ja' }, je: 'je', jo: 'jo' },
  LV: { t: { ...BASE, ё: 'jo', ж: 'ž', й: 'j', х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ы: 'i', ю: 'ju', я: 'ja' }, je: 'je', jo: 'jo' },
  LT: { t: { ...BASE, ё: 'jo', ж: 'ž', й: 'j', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ю: 'ju', я: 'ja' }, je: 'je', jo: 'jo' },
};
const VOWELS = 'аеёиоуыэюяьъ';

/** One Cyrillic word in Latin letters; `masc` adds the Baltic masculine ending where the style needs it. */
export function translitWord(word: string, style: Style, masc: boolean): string {
  const { t, je, jo } = TABLES[style];
  const w = word.toLowerCase();
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const prev = i === 0 ? '' : w[i - 1];
    const initial = i === 0 || VOWELS.includes(prev) || prev === '-';
    if (ch === 'е' && initial) out += je;
    else if (ch === 'ё' && initial) out += jo;
    else if (style === 'EE' && ch === 'и' && w[i + 1] === 'я') { out += 'ia'; i++; }
    else if ((style === 'EE' || style === 'FI') && ch === 'й' && i === w.length - 1 && prev === 'и') out += '';
    else out += t[ch] ?? ch;
  }
  if (style === 'FR') out = out.replace(/ov$/, 'off').replace(/ev$/, 'eff');
  if (masc && (style === 'LV' || style === 'LT')) {
    const softEnd = w.endsWith('ь');
    if (/skij$|ckij$/.test(out)) out = out.replace(/ij$/, 'is');
    else if (/[ie]j$/.test(out)) out += style === 'LV' ? 's' : 'us';
    else if (/[bcdfghklmnprstvzžšč]$/.test(out)) out += style === 'LV' ? 's' : softEnd ? 'is' : 'as';
  }
  return out.replace(/(^|-)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

const translit = (text: string, style: Style, masc: boolean) => text.split(' ').map((w) => translitWord(w, style, masc)).join(' ');

/** The Latin styles each country's files use for a Russian name, most common first. */
export const STYLES_BY_COUNTRY: Record<string, Style[]> = {
  FI: ['FI', 'ICAO', 'BGN'], SE: ['NORDIC', 'ICAO', 'BGN'], NO: ['NORDIC', 'ICAO', 'BGN'], DK: ['NORDIC', 'ICAO', 'DE'],
  IS: ['ICAO', 'BGN', 'NORDIC'], EE: ['EE', 'ICAO', 'DE'], LV: ['LV', 'ICAO'], LT: ['LT', 'ICAO'], RU: ['ICAO', 'BGN'],
};

// ---------------------------------------------------------------------------------------------
// Latin-script names. Surnames take their feminine form from `femSurname` where the language has one.

interface LatinPool { male: string[]; female: string[]; surnames: string[]; surnameFirst?: boolean }
const POOLS: Record<string, LatinPool> = {
  EE: { male: ['Jaan', 'Andres', 'Toomas', 'Rein', 'Mart', 'Priit', 'Tõnu', 'Jüri', 'Margus', 'Indrek', 'Urmas', 'Raivo'],
    female: ['Õnnela', 'Mari', 'Kadri', 'Tiina', 'Piret', 'Liis', 'Kärt', 'Ülle', 'Maarja', 'Triin', 'Kersti', 'Eha'],
    surnames: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel', 'Kõiv', 'Lepik', 'Õun', 'Mölder', 'Kütt', 'Valk'] },
  FI: { male: ['Mikko', 'Juha', 'Jari', 'Timo', 'Antti', 'Ville', 'Sami', 'Jukka', 'Petri', 'Markku', 'Tuomas', 'Janne'],
    female: ['Liisa', 'Anna', 'Päivi', 'Sari', 'Tiina', 'Johanna', 'Kaisa', 'Minna', 'Hanna', 'Riikka', 'Satu', 'Eeva'],
    surnames: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Mäkelä', 'Koskinen', 'Heikkinen', 'Järvinen', 'Lehtonen', 'Laine', 'Räsänen', 'Lyytikäinen', 'Kärkkäinen'] },
  SE: { male: ['Erik', 'Lars', 'Anders', 'Johan', 'Per', 'Mikael', 'Björn', 'Fredrik', 'Mattias', 'Göran', 'Stefan', 'Jonas'],
    female: ['Anna', 'Eva', 'Karin', 'Maria', 'Åsa', 'Linnéa', 'Ingrid', 'Sofia', 'Elin', 'Malin', 'Birgitta', 'Märta'],
    surnames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Öberg', 'Sjöberg', 'Åberg', 'Lindström', 'Bäckström', 'Söderlund', 'Holmqvist', 'Ekström'] },
  NO: { male: ['Ole', 'Lars', 'Knut', 'Bjørn', 'Håkon', 'Ola', 'Øystein', 'Terje', 'Espen', 'Geir', 'Ståle', 'Jørgen'],
    female: ['Ingrid', 'Kari', 'Solveig', 'Åse', 'Marte', 'Sigrid', 'Ragnhild', 'Tone', 'Hege', 'Bodil', 'Siri', 'Guro'],
    surnames: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Bjørnstad', 'Haugen', 'Sæther', 'Løken', 'Håland', 'Støre'] },
  DK: { male: ['Søren', 'Jens', 'Niels', 'Mads', 'Anders', 'Rasmus', 'Jørgen', 'Henrik', 'Morten', 'Bent', 'Kasper', 'Torben'],
    female: ['Mette', 'Hanne', 'Karen', 'Sofie', 'Signe', 'Birthe', 'Lærke', 'Inger', 'Susanne', 'Pernille', 'Camilla', 'Bodil'],
    surnames: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Sørensen', 'Møller', 'Jørgensen', 'Kjær', 'Østergaard', 'Lauridsen', 'Dalgaard'] },
  IS: { male: ['Jón', 'Sigurður', 'Guðmundur', 'Gunnar', 'Ólafur', 'Einar', 'Þór', 'Kristján', 'Magnús', 'Stefán'],
    female: ['Guðrún', 'Anna', 'Sigríður', 'Kristín', 'Margrét', 'Helga', 'Þórunn', 'Ragnheiður', 'Hildur', 'Ásdís'],
    // Patronymic surnames: the same father gives -son or -dóttir.
    surnames: ['Jóns', 'Sigurðar', 'Guðmunds', 'Gunnars', 'Ólafs', 'Einars', 'Magnús', 'Stefáns', 'Kristjáns', 'Þórðar'] },
  LV: { male: ['Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Kārlis', 'Raimonds', 'Aivars', 'Gints', 'Uldis', 'Artūrs'],
    female: ['Anna', 'Ilze', 'Inese', 'Līga', 'Kristīne', 'Dace', 'Agnese', 'Sanita', 'Zane', 'Baiba'],
    surnames: ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Krūmiņš', 'Jansons', 'Ozols', 'Vītols', 'Zariņš', 'Liepiņš', 'Kļaviņš', 'Balodis', 'Pētersons'] },
  LT: { male: ['Šarūnas', 'Darius', 'Tomas', 'Mindaugas', 'Andrius', 'Jonas', 'Vytautas', 'Gintaras', 'Saulius', 'Žilvinas'],
    female: ['Rūta', 'Jurgita', 'Agnė', 'Eglė', 'Ieva', 'Kristina', 'Laura', 'Aušra', 'Gintarė', 'Vaida'],
    surnames: ['Kazlauskas', 'Jankauskas', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Paulauskas', 'Urbonas', 'Kavaliauskas', 'Navickas', 'Ramanauskas', 'Balčiūnas', 'Žemaitis'] },
  RO: { male: ['Ion', 'Andrei', 'Mihai', 'Gheorghe', 'Florin', 'Vasile', 'Ștefan', 'Răzvan', 'Marian', 'Costel', 'Nicolae'],
    female: ['Maria', 'Elena', 'Ana', 'Ioana', 'Cristina', 'Alexandra', 'Mădălina', 'Florentina', 'Georgiana', 'Roxana', 'Andreea'],
    surnames: ['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Constantin', 'Stoica', 'Munteanu', 'Moldovan', 'Matei', 'Ciobanu', 'Rusu', 'Lăcătuș', 'Căldărar', 'Țurcanu'] },
  MD: { male: ['Ion', 'Vasile', 'Sergiu', 'Igor', 'Vitalie', 'Dumitru'], female: ['Natalia', 'Olga', 'Tatiana', 'Ana', 'Victoria', 'Mariana'],
    surnames: ['Rusu', 'Ceban', 'Ciobanu', 'Lungu', 'Turcan', 'Cojocaru', 'Munteanu', 'Rotari'] },
  BG: { male: ['Ivan', 'Georgi', 'Dimitar', 'Stoyan', 'Hristo', 'Todor', 'Nikolay', 'Petar', 'Asen'],
    female: ['Elena', 'Desislava', 'Radka', 'Mariya', 'Gergana', 'Tsvetelina', 'Yordanka', 'Silviya'],
    surnames: ['Georgiev', 'Dimitrov', 'Petrov', 'Stoyanov', 'Todorov', 'Nikolov', 'Ivanov', 'Angelov', 'Kostadinov', 'Asenov'] },
  UA: { male: ['Petro', 'Andrii', 'Serhii', 'Mykola', 'Volodymyr', 'Vasyl', 'Oleksandr', 'Taras', 'Bohdan', 'Yurii'],
    female: ['Oksana', 'Olena', 'Yuliia', 'Iryna', 'Nataliia', 'Tetiana', 'Halyna', 'Svitlana', 'Khrystyna', 'Liudmyla'],
    surnames: ['Melnyk', 'Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Boiko', 'Oliinyk', 'Kovalchuk', 'Lysenko', 'Moroz', 'Savchenko', 'Marchenko', 'Rudenko'] },
  VN: { male: ['Van Hung', 'Van Minh', 'Van Nam', 'Van Tuan', 'Van Long', 'Duc Anh', 'Quang Huy', 'Van Thanh'],
    female: ['Thi Lan', 'Thi Hoa', 'Thi Thu', 'Thi Mai', 'Thi Huong', 'Thi Ngoc', 'Thi Hang', 'Thi Linh'],
    surnames: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo'], surnameFirst: true },
  NG: { male: ['Chinedu', 'Emeka', 'Osas', 'Uyi', 'Kingsley', 'Friday', 'Osaro', 'Efosa'],
    female: ['Blessing', 'Joy', 'Precious', 'Favour', 'Esther', 'Gift', 'Peace', 'Mercy', 'Osasere', 'Happiness'],
    surnames: ['Okafor', 'Adeyemi', 'Eze', 'Okonkwo', 'Bello', 'Osagie', 'Igbinedion', 'Omoregie', 'Ehigiator', 'Uwaifo', 'Idahosa', 'Aigbe'] },
  TH: { male: ['Somchai', 'Kittisak', 'Prasert', 'Somsak', 'Anan', 'Boonchai', 'Wichai'],
    female: ['Malee', 'Siriporn', 'Nattaya', 'Anong', 'Wanida', 'Pranee', 'Kanya', 'Supaporn'],
    surnames: ['Boonmee', 'Srisuk', 'Chaiyaporn', 'Wongsawat', 'Sukprasert', 'Rattanakorn', 'Kaewmanee', 'Thongdee', 'Phromma', 'Saelim'] },
  PH: { male: ['Mark', 'Jonathan', 'Jun', 'Rodel', 'Ramon', 'Arnel'], female: ['Maricel', 'Jocelyn', 'Rowena', 'Maria', 'Lorna', 'Marites', 'Analyn'],
    surnames: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'dela Cruz', 'Garcia', 'Mendoza', 'Villanueva', 'Ramos'] },
};

function femSurname(nat: string, m: string, rng: Rng): string {
  switch (nat) {
    case 'LV': return m.endsWith('š') || m.endsWith('s') ? (/(iņš|ņš)$/.test(m) ? m.slice(0, -1) + 'a' : /ons$/.test(m) ? m.slice(0, -1) + 'e' : /is$/.test(m) ? m.slice(0, -2) + 'e' : m.slice(0, -1) + 'a') : m;
    case 'LT': {
      // Married women take -ienė; unmarried ones -aitė, -iūtė, -utė, -ytė by the masculine ending.
      const stem = m.replace(/(ius|as|us|is|ys)$/, '');
      if (rng.chance(0.55)) return stem + 'ienė';
      if (m.endsWith('ius')) return stem + 'iūtė';
      if (m.endsWith('as')) return stem + 'aitė';
      if (m.endsWith('us')) return stem + 'utė';
      return stem + 'ytė';
    }
    case 'BG': return m + 'a';
    default: return m;
  }
}

// ---------------------------------------------------------------------------------------------

// How common a name is. A real register's surnames follow a long-tailed law: a few names are held by a
// visible share of the population ("Jensen" by about 4 % of Danes) and most by a handful of families
// ("Kļaviņa"). A draw from a short list alone makes every name a common one, and at a million records
// thousands of unrelated namesakes then share a birth date by chance (the birthday paradox) — evidence no
// model can separate from one individual written twice, and that no real register shows at that rate.
// So the listed surnames are the head, drawn by Zipf's law with the most frequent one at its published
// share, and the rest of the population holds tail names spliced from two listed ones (the stem of one,
// a middle syllable of another and the ending of a third: Virt+ik+onen, Oz+aln+iņš), which keep the language's look and endings.
// Shares of the most frequent surname, rounded, from national statistics' published name counts
// (Danmarks Statistik, SCB, SSB, Statistics Finland, Statistikaamet, PMLP, Registrų centras, INS);
// elsewhere 1 %. Given names of Latin-script pools likewise (givenNameOf); Russian, Belarusian and Uzbek
// given names are few and widely shared in fact, and stay drawn from their lists.
const TOP_SURNAME_SHARE: Record<string, number> = {
  DK: 0.044, SE: 0.022, NO: 0.01, FI: 0.004, EE: 0.004, LV: 0.006, LT: 0.006, RO: 0.009, RU: 0.01, BY: 0.01,
};
const VOWEL_GROUPS = /[aeiouyáéíóúýàâăäåæøöõüāēīōūėįųаеёиоуыэюя]+/giu;

/** A surname of a nationality: a listed one by its frequency, or (most often) a rarer tail name. */
function surnameOf(rng: Rng, list: readonly string[], nationality: string): string {
  const harmonic = list.reduce((s, _, i) => s + 1 / (i + 1), 0);
  // Under Zipf's law the first listed name holds 1/harmonic of the listed names' share.
  const listed = Math.min(1, (TOP_SURNAME_SHARE[nationality] ?? 0.01) * harmonic);
  if (rng.chance(listed)) return rng.zipf(list);
  return tailName(rng, list);
}

/** A rarer name in a list's style: the stem of one listed name, a middle syllable of another, the ending of a third. */
function tailName(rng: Rng, list: readonly string[]): string {
  const [a, b, c] = [rng.pick(list), rng.pick(list), rng.pick(list)];
  // A middle syllable of a third name (Oz+aln+iņš) keeps tail names from re-making the listed ones.
  const [from, to] = vowelGroups(c);
  const middle = to !== undefined ? c.slice(from, to).toLowerCase() : '';
  return a.slice(0, firstSyllableEnd(a)) + middle + b.slice(firstSyllableEnd(b));
}
const vowelGroups = (w: string) => [...w.matchAll(VOWEL_GROUPS)].map((m) => m.index);
/** Where a word's second vowel group starts: its first syllable's end. */
const firstSyllableEnd = (w: string) => vowelGroups(w)[1] ?? w.length;

// Given names have a long tail too: national statistics list thousands, and the most popular is held by
// 1 to 3 % of its gender in the Nordic and Baltic countries (SCB, SSB, Danmarks Statistik, Statistics
// Finland, Statistikaamet name statistics). Drawn uniformly from a dozen, every rare surname's few holders
// of one gender shared a given name one time in twelve: at a million records four women named Åbåberg
// included two "Märta Åbåberg", different people, and such namesakes made up most of the pairs whose only
// evidence is the name, an artefact no register shows at that rate. So the listed names are the head,
// drawn by Zipf's law with the first at TOP_GIVEN_SHARE, and the rest hold tail names in the list's style.
const TOP_GIVEN_SHARE = 0.025;

function givenNameOf(rng: Rng, list: readonly string[]): string {
  const harmonic = list.reduce((s, _, i) => s + 1 / (i + 1), 0);
  if (rng.chance(Math.min(1, TOP_GIVEN_SHARE * harmonic))) return rng.zipf(list);
  // Two listed names spliced (Mar+ta, Ing+rid): given names are short, a third part would make them long.
  const [a, b] = [rng.pick(list), rng.pick(list)];
  return a.slice(0, firstSyllableEnd(a)) + b.slice(firstSyllableEnd(b));
}

/** A new individual of a nationality. Russian, Belarusian and Uzbek names start in Cyrillic. */
export function newIdentity(rng: Rng, nationality: string, gender: Gender): Identity {
  if (nationality === 'UZ') {
    const s = surnameOf(rng, UZ_SURNAMES, nationality);
    return { kind: 'cyr', gender, first: rng.pick(gender === 'MALE' ? UZ_MALE : UZ_FEMALE), surname: gender === 'MALE' ? s : feminineRu(s), patronymic: null, nick: null };
  }
  if (nationality === 'RU' || nationality === 'BY' || ((nationality === 'EE' || nationality === 'LV') && rng.chance(0.25))) {
    const father = rng.pick(RU_MALE);
    const s = surnameOf(rng, RU_SURNAMES, 'RU');
    if (gender === 'MALE') {
      const [first, , nick] = rng.pick(RU_MALE);
      return { kind: 'cyr', gender, first, surname: s, patronymic: patronymicOf(father[1], gender), nick };
    }
    const [first, nick] = rng.pick(RU_FEMALE);
    return { kind: 'cyr', gender, first, surname: feminineRu(s), patronymic: patronymicOf(father[1], gender), nick };
  }
  const pool = POOLS[nationality] ?? POOLS.RO;
  const first = givenNameOf(rng, gender === 'MALE' ? pool.male : pool.female);
  // An Icelandic surname is the father's given name: as common as given names are.
  let surname = nationality === 'IS' ? rng.pick(pool.surnames) : surnameOf(rng, pool.surnames, nationality);
  if (nationality === 'IS') surname += gender === 'MALE' ? 'son' : 'dóttir';
  else if (gender === 'FEMALE') surname = femSurname(nationality, surname, rng);
  return { kind: 'latin', gender, first, surname, nationality, surnameFirst: pool.surnameFirst ?? false };
}

const NORDIC_SPELLED: Array<[RegExp, string]> = [[/å/g, 'aa'], [/Å/g, 'Aa'], [/ä|æ/g, 'ae'], [/Ä|Æ/g, 'Ae'], [/ö|ø/g, 'oe'], [/Ö|Ø/g, 'Oe'], [/ü/g, 'ue'], [/þ/g, 'th'], [/Þ/g, 'Th'], [/ð/g, 'd']];
export const spellOutNordic = (s: string) => NORDIC_SPELLED.reduce((acc, [re, r]) => acc.replace(re, r), s);
export const dropDiacritics = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/þ/g, 'th').replace(/ð/g, 'd');

// Russian files write foreign Latin names in Cyrillic by ear: "Šarūnas" → "Шарунас", "Mägi" → "Мяги",
// "Jørgensen" → "Йёргенсен". A rough phonetic map is enough: the point is a second script, not a standard.
const V = 'aeiouyāēīūõäöüåæøăâ';
const TO_CYR: Array<[RegExp, string]> = [
  [/sch/g, 'ш'], [/gh/g, 'г'], [/iia\b/g, 'ия'], [/ii\b/g, 'ий'], [/ch/g, 'ч'], [/sh/g, 'ш'], [/zh/g, 'ж'], [/kh/g, 'х'], [/th/g, 'т'], [/ph/g, 'ф'],
  [/ci(?=[aou])/g, 'ч'], [/c(?=[aouăâ])/g, 'к'],
  [new RegExp(`(^|[${V}])j[aāä]`, 'g'), '$1я'], [new RegExp(`(^|[${V}])j[uūü]`, 'g'), '$1ю'], [new RegExp(`(^|[${V}])jo`, 'g'), '$1йо'], [new RegExp(`(^|[${V}])j[öø]`, 'g'), '$1йё'],
  [/y[aā]/g, 'я'], [/y[uū]/g, 'ю'], [/yo/g, 'ё'], [/j[aāä]/g, 'ья'], [/j[uūü]/g, 'ью'], [/j[oöø]/g, 'ьё'], [/j/g, 'й'],
  [/[ļ][aā]/g, 'ля'], [/[ņ][aā]/g, 'ня'], [/[ļ][uū]/g, 'лю'], [/[ņ][uū]/g, 'ню'],
  [new RegExp(`([${V}])i(?![${V}])`, 'g'), '$1й'],
  [/^e/g, 'э'], [/^[äæ]/g, 'э'], [/^[öø]/g, 'э'], [/ä/g, 'я'], [/[öø]/g, 'ё'], [/ü/g, 'ю'], [/õ/g, 'ы'], [/å/g, 'о'], [/æ/g, 'э'],
  [/ļ/g, 'ль'], [/ņ/g, 'нь'], [/ķ/g, 'к'], [/ģ/g, 'г'], [/[șş]/g, 'ш'], [/[țţ]/g, 'ц'], [/x/g, 'кс'],
];
const CYR_LETTER: Record<string, string> = {
  a: 'а', ā: 'а', ą: 'а', ă: 'а', â: 'ы', b: 'б', c: 'ц', č: 'ч', d: 'д', ð: 'д', e: 'е', ē: 'е', ė: 'е', ę: 'е', é: 'е', f: 'ф', g: 'г', h: 'х',
  i: 'и', ī: 'и', į: 'и', î: 'ы', í: 'и', y: 'и', ý: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', ō: 'о', ó: 'о', p: 'п', q: 'к', r: 'р', s: 'с',
  š: 'ш', t: 'т', þ: 'т', u: 'у', ū: 'у', ų: 'у', ú: 'у', v: 'в', w: 'в', z: 'з', ž: 'ж',
};
export function toCyrillic(name: string): string {
  return name.split(/(\s+|-)/).map((w) => {
    if (!/\p{L}/u.test(w)) return w;
    const lower = TO_CYR.reduce((acc, [re, r]) => acc.replace(re, r), w.toLowerCase());
    const cyr = [...lower].map((ch) => CYR_LETTER[ch] ?? ch).join('');
    return cyr.charAt(0).toUpperCase() + cyr.slice(1);
  }).join('');
}

export interface WriteOptions { style?: Style | 'CYR'; order?: 'given' | 'surname' | 'comma' | 'upper' | 'full'; vary?: boolean }

/**
 * The name as one country's file writes it. Russian cases write Russians in Cyrillic ("Фамилия Имя
 * Отчество"); others transliterate in their own style. Foreign letters are often simplified abroad.
 */
export function writeName(rng: Rng, id: Identity, caseCountry: string, opt: WriteOptions = {}): string {
  const order = opt.order ?? rng.weighted([['given', 70], ['upper', 12], ['full', 8], ['comma', 5], ['surname', 5]] as const);
  if (id.kind === 'cyr') {
    const style = opt.style ?? (caseCountry === 'RU' ? (rng.chance(0.9) ? 'CYR' : 'ICAO') : rng.chance(0.04) ? 'CYR' : rng.pick(STYLES_BY_COUNTRY[caseCountry] ?? ['ICAO']));
    if (style === 'CYR') {
      const full = [id.surname, id.first, id.patronymic].filter(Boolean).join(' ');
      return order === 'given' && rng.chance(0.3) ? `${id.first} ${id.surname}` : full;
    }
    const masc = id.gender === 'MALE';
    const first = translit(id.first, style, masc);
    const sur = translit(id.surname, style, masc);
    const patr = id.patronymic ? translit(id.patronymic, style, false) : null;
    return compose(order, first, sur, patr);
  }
  let first = id.first;
  let sur = id.surname;
  const home = id.nationality;
  const nordic = ['SE', 'NO', 'DK', 'IS', 'FI'];
  if (caseCountry !== home) {
    // `vary` marks a record of an individual already written elsewhere: make the spellings part ways.
    if (caseCountry === 'RU' && rng.chance(opt.vary ? 0.7 : 0.5)) { first = toCyrillic(first); sur = toCyrillic(sur); }
    else if (nordic.includes(home) && !nordic.includes(caseCountry) && rng.chance(opt.vary ? 0.8 : 0.5)) { first = spellOutNordic(first); sur = spellOutNordic(sur); }
    else if (rng.chance(opt.vary ? 0.75 : 0.45)) { first = dropDiacritics(first); sur = dropDiacritics(sur); }
  }
  if (id.surnameFirst) return order === 'upper' ? `${sur.toUpperCase()} ${first}` : `${sur} ${first}`;
  return compose(order === 'full' ? 'given' : order, first, sur, null);
}

function compose(order: NonNullable<WriteOptions['order']>, first: string, sur: string, patr: string | null): string {
  switch (order) {
    case 'upper': return `${sur.toUpperCase()} ${first}`;
    case 'comma': return `${sur}, ${first}`;
    case 'surname': return `${sur} ${first}`;
    case 'full': return patr ? `${first} ${patr} ${sur}` : `${first} ${sur}`;
    default: return `${first} ${sur}`;
  }
}

const NICKS = ['Boss', 'Mama', 'Madam', 'Big J', 'Dragon', 'Tiger', 'Sunny', 'Mr. Lee', 'Uncle', 'Doctor'];
/** A nickname: the Russian diminutive (in the script of the file) or a street name. */
export function alias(rng: Rng, id: Identity, caseCountry: string): string {
  if (id.kind === 'cyr' && id.nick && rng.chance(0.7)) {
    return caseCountry === 'RU' ? id.nick : translitWord(id.nick, rng.pick(STYLES_BY_COUNTRY[caseCountry] ?? ['ICAO']), false);
  }
  return rng.pick(NICKS);
}

/** Russian first name alone, in the file's script: how a recruiter known only by a first name is recorded. */
export function firstNameOnly(rng: Rng, id: Identity, caseCountry: string): string {
  if (id.kind === 'latin') return id.first;
  return caseCountry === 'RU' ? id.first : translitWord(id.first, rng.pick(STYLES_BY_COUNTRY[caseCountry] ?? ['ICAO']), id.gender === 'MALE');
}

export const ADJECTIVE: Record<string, string> = {
  RO: 'Romanian', BG: 'Bulgarian', UA: 'Ukrainian', VN: 'Vietnamese', NG: 'Nigerian', TH: 'Thai', PH: 'Filipino', UZ: 'Uzbek',
  MD: 'Moldovan', BY: 'Belarusian', RU: 'Russian', EE: 'Estonian', LV: 'Latvian', LT: 'Lithuanian', FI: 'Finnish', SE: 'Swedish',
  NO: 'Norwegian', DK: 'Danish', IS: 'Icelandic',
};
