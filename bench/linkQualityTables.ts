// Reference tables of the link-quality benchmark (bench/linkQuality.ts): names, transliteration tables and
// address conventions of the nine countries, written from the published sources cited beside each table.
// They are bench data, independent of the service's own rules in src/ and of seed/generate.ts.

export const COUNTRIES = ['EE', 'LV', 'LT', 'FI', 'SE', 'NO', 'DK', 'IS', 'RU'] as const;
export type Country = (typeof COUNTRIES)[number];

/** One reporting agency per country (the codes follow the demo data's style). */
export const AGENCY: Record<Country, string> = {
  EE: 'EE-PPA', LV: 'LV-VP', LT: 'LT-PD', FI: 'FI-POL', SE: 'SE-NOA', NO: 'NO-KRIPOS', DK: 'DK-NSK', IS: 'IS-RLS', RU: 'RU-MVD',
};

// ---------------------------------------------------------------------------------------------------
// Person names. Common first names and surnames by frequency lists (Russian: Ganzhina/Unbegaun surname
// frequency lists; Ukrainian: the State Migration Service's most frequent surnames; Baltic and Nordic:
// the national statistics offices' name lists: Statistikaamet, CSP, Registrų centras, DVV, SCB, SSB,
// Danmarks Statistik, Hagstofa Íslands).
// ---------------------------------------------------------------------------------------------------

export const RU_MALE = ['Александр', 'Алексей', 'Андрей', 'Артём', 'Борис', 'Вадим', 'Василий', 'Виктор', 'Владимир', 'Вячеслав', 'Георгий', 'Григорий', 'Дмитрий', 'Евгений', 'Егор', 'Иван', 'Игорь', 'Илья', 'Кирилл', 'Константин', 'Максим', 'Михаил', 'Никита', 'Николай', 'Олег', 'Павел', 'Пётр', 'Роман', 'Сергей', 'Семён', 'Степан', 'Фёдор', 'Юрий', 'Ярослав', 'Тимофей', 'Лев'];
export const RU_FEMALE = ['Александра', 'Алёна', 'Алла', 'Анастасия', 'Анна', 'Валентина', 'Валерия', 'Вера', 'Виктория', 'Галина', 'Дарья', 'Евгения', 'Екатерина', 'Елена', 'Елизавета', 'Жанна', 'Ирина', 'Ксения', 'Любовь', 'Людмила', 'Марина', 'Мария', 'Надежда', 'Наталья', 'Нина', 'Ольга', 'Полина', 'Светлана', 'Софья', 'Татьяна', 'Юлия', 'Яна', 'Зоя', 'Майя'];
/** Male forms; the female form comes from ruFemaleSurname. */
export const RU_SURNAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв', 'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Тарасов', 'Жуков', 'Баранов', 'Филиппов', 'Комаров', 'Давыдов', 'Беляев', 'Богданов', 'Осипов', 'Сидоров', 'Матвеев', 'Титов', 'Марков', 'Крылов', 'Куликов', 'Власов', 'Мельников', 'Денисов', 'Тихонов', 'Казаков', 'Афанасьев', 'Чернов', 'Щербаков', 'Назаров', 'Калинин', 'Чернышёв', 'Быков', 'Родионов', 'Коновалов', 'Лазарев', 'Пономарёв', 'Голубев', 'Кудрявцев', 'Журавлёв', 'Овчинников', 'Ерёмин', 'Цветков', 'Хохлов', 'Жданов', 'Вишневский', 'Островский', 'Троицкий', 'Толстой', 'Юдин', 'Щукин'];

export function ruFemaleSurname(male: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  if (/(ский|цкий)$/.test(male)) return male.replace(/ий$/, 'ая');
  if (/ой$/.test(male)) return male.replace(/ой$/, 'ая');
  return male;
}

export const UA_MALE = ['Олександр', 'Олексій', 'Андрій', 'Богдан', 'Василь', 'Віктор', 'Віталій', 'Володимир', 'Дмитро', 'Євген', 'Іван', 'Ігор', 'Юрій', 'Микола', 'Михайло', 'Олег', 'Павло', 'Петро', 'Сергій', 'Тарас', 'Ярослав', 'Григорій', 'Степан', 'Костянтин'];
export const UA_FEMALE = ['Олена', 'Оксана', 'Ірина', 'Наталія', 'Тетяна', 'Юлія', 'Катерина', 'Марія', 'Анна', 'Світлана', 'Людмила', 'Галина', 'Ольга', 'Вікторія', 'Надія', 'Любов', 'Євгенія', 'Олександра', 'Христина', 'Софія', 'Ганна', 'Зоряна', 'Яна', 'Інна', 'Леся'];
/** Male forms; -ський/-цький take -ська/-цька, the others do not change with gender. */
export const UA_SURNAMES = ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравченко', 'Олійник', 'Шевчук', 'Коваль', 'Поліщук', 'Бойко', 'Ткачук', 'Савченко', 'Мельник', 'Кравчук', 'Ковальчук', 'Марченко', 'Лисенко', 'Руденко', 'Мороз', 'Петренко', 'Мельничук', 'Павленко', 'Кузьменко', 'Клименко', 'Левченко', 'Гончаренко', 'Приходько', 'Литвиненко', 'Романенко', 'Карпенко', 'Сидоренко', 'Савчук', 'Ярошенко', 'Гаврилюк', "Лук'яненко", 'Бондар', 'Антонюк', 'Ігнатенко', 'Юрченко', 'Ковальський', 'Яворський', 'Грушевський', 'Зінченко', 'Єременко', 'Гнатюк', 'Ґудзь'];

export function uaFemaleSurname(male: string): string {
  return /(ський|цький)$/.test(male) ? male.replace(/ий$/, 'а') : male;
}

/**
 * Ukrainian to Latin, the national table: Resolution of the Cabinet of Ministers of Ukraine No. 55 of
 * 27 January 2010 ("Про впорядкування транслітерації українського алфавіту латиницею"). The second
 * spelling applies at the start of a word; the apostrophe and the soft sign are not written; "зг" is "zgh".
 */
export const UA_2010: Record<string, [string, string?]> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['h'], ґ: ['g'], д: ['d'], е: ['e'], є: ['ie', 'ye'], ж: ['zh'], з: ['z'],
  и: ['y'], і: ['i'], ї: ['i', 'yi'], й: ['i', 'y'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'],
  р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['kh'], ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'],
  ь: [''], ю: ['iu', 'yu'], я: ['ia', 'ya'], "'": [''], '’': [''],
};

/**
 * Russian to German press spelling, after Duden ("Transkription aus dem Russischen", Duden – Die deutsche
 * Rechtschreibung, Regeln zur Wiedergabe fremder Schriften) as German newspapers write names: в w, ж sch,
 * з s, х ch, ц z, ч tsch, ш sch, щ schtsch; е je and ё jo at the start of a word, after a vowel and after
 * ъ/ь; ё o after ж ч ш щ; й i (j before a vowel); -ий -i, -ый -y; с ss between vowels; кс x inside a word.
 */
export const DUDEN: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
};

export interface LatinNames { male: string[]; female: string[]; surnames: string[]; femaleSurname: (male: string) => string }

const same = (s: string) => s;
/** Baltic and Nordic names with their letters (the diacritics are the point of the class). */
export const NORDIC_BALTIC: Record<'EE' | 'LV' | 'LT' | 'FI' | 'SE' | 'NO' | 'DK' | 'IS', LatinNames> = {
  EE: {
    male: ['Jüri', 'Tõnu', 'Märt', 'Tõnis', 'Ülo', 'Jaan', 'Toomas', 'Andres', 'Mihkel', 'Priit', 'Kristjan', 'Väino'],
    female: ['Kädi', 'Ülle', 'Kärt', 'Õie', 'Tiina', 'Mari', 'Liis', 'Triin', 'Pille', 'Kersti', 'Sirje', 'Mälle'],
    surnames: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Kõiv', 'Oja', 'Lepik', 'Jõgi', 'Männik', 'Väli', 'Põder', 'Tõnisson', 'Lõhmus', 'Raudsepp', 'Külv'],
    femaleSurname: same,
  },
  LV: {
    male: ['Jānis', 'Andris', 'Mārtiņš', 'Kārlis', 'Edgars', 'Aivars', 'Uldis', 'Māris', 'Raimonds', 'Artūrs', 'Gints', 'Pēteris'],
    female: ['Kristīne', 'Ilze', 'Inese', 'Līga', 'Laura', 'Dace', 'Sandra', 'Zane', 'Agnese', 'Evija', 'Māra', 'Sarmīte'],
    surnames: ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Jansons', 'Liepiņš', 'Krūmiņš', 'Balodis', 'Zariņš', 'Pētersons', 'Kļaviņš', 'Eglītis', 'Vītols', 'Siliņš', 'Lācis', 'Ozols', 'Šmits', 'Žagars'],
    // Latvian female surnames: -iņš → -iņa, -ons → -one, -is → -e, -s/-š → -a.
    femaleSurname: (m) => m.replace(/iņš$/, 'iņa').replace(/ons$/, 'one').replace(/is$/, 'e').replace(/[sš]$/, 'a'),
  },
  LT: {
    male: ['Šarūnas', 'Mindaugas', 'Jonas', 'Tomas', 'Darius', 'Žygimantas', 'Kęstutis', 'Vytautas', 'Algirdas', 'Arūnas', 'Saulius', 'Giedrius'],
    female: ['Rūta', 'Jūratė', 'Aušra', 'Eglė', 'Giedrė', 'Ieva', 'Gintarė', 'Dalia', 'Žaneta', 'Rasa', 'Vaida', 'Daiva'],
    surnames: ['Kazlauskas', 'Jankauskas', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Paulauskas', 'Urbonas', 'Kavaliauskas', 'Šimkus', 'Baranauskas', 'Navickas', 'Ramanauskas', 'Sakalauskas', 'Šukys'],
    // A married woman's form (-ienė), the most frequent in adult records.
    femaleSurname: (m) => m.replace(/(ius|as|us|is|ys)$/, 'ienė'),
  },
  FI: {
    male: ['Väinö', 'Jyrki', 'Pekka', 'Matti', 'Jussi', 'Antti', 'Tapio', 'Yrjö', 'Päiviö', 'Sakari'],
    female: ['Päivi', 'Sirkka', 'Tiina', 'Mervi', 'Kyllikki', 'Anneli', 'Eeva', 'Jenni', 'Säde', 'Ritva'],
    surnames: ['Jääskeläinen', 'Mäkinen', 'Häkkinen', 'Kärkkäinen', 'Mäkelä', 'Hämäläinen', 'Järvinen', 'Lähteenmäki', 'Väisänen', 'Pääkkönen', 'Heikkilä', 'Räsänen', 'Kämäräinen', 'Ylönen'],
    femaleSurname: same,
  },
  SE: {
    male: ['Björn', 'Göran', 'Örjan', 'Åke', 'Mårten', 'Sören', 'Jöns', 'Östen', 'Håkan', 'Lennart', 'Jörgen', 'Måns'],
    female: ['Åsa', 'Märta', 'Ingegärd', 'Linnéa', 'Gunnel', 'Ulla', 'Maj-Britt', 'Ebba', 'Kerstin', 'Gunilla', 'Ylva', 'Märit'],
    surnames: ['Björklund', 'Östberg', 'Åberg', 'Ström', 'Söderberg', 'Lindström', 'Sjögren', 'Holmström', 'Bäckström', 'Löfgren', 'Nordström', 'Ångström', 'Hägg', 'Wåhlin', 'Forsén'],
    femaleSurname: same,
  },
  NO: {
    male: ['Bjørn', 'Øystein', 'Håkon', 'Ørjan', 'Jørgen', 'Tørres', 'Ståle', 'Geir', 'Bård', 'Pål', 'Sigurd', 'Trygve'],
    female: ['Åse', 'Gøril', 'Sølvi', 'Bente', 'Ingrid', 'Solveig', 'Bjørg', 'Målfrid', 'Tove', 'Åshild', 'Kjærstin', 'Randi'],
    surnames: ['Løken', 'Bjørnstad', 'Frøland', 'Ødegaard', 'Sæther', 'Bråten', 'Strøm', 'Lønning', 'Dæhlie', 'Sørlie', 'Kjærnes', 'Haugen', 'Grønvold', 'Aasen'],
    femaleSurname: same,
  },
  DK: {
    male: ['Søren', 'Jørgen', 'Børge', 'Bjørn', 'Mogens', 'Jens', 'Bøje', 'Frede', 'Ove', 'Torben', 'Kåre', 'Henning'],
    female: ['Kirstine', 'Bodil', 'Gøril', 'Mette', 'Lærke', 'Sørine', 'Birthe', 'Inge', 'Jytte', 'Åse', 'Dorthe', 'Gitte'],
    surnames: ['Sørensen', 'Møller', 'Jørgensen', 'Kjær', 'Nørgaard', 'Søndergaard', 'Høgh', 'Kjærsgaard', 'Lønborg', 'Brøndum', 'Dæhnfeldt', 'Frølund', 'Mølgaard', 'Thøgersen'],
    femaleSurname: same,
  },
  IS: {
    male: ['Þór', 'Sigurður', 'Guðmundur', 'Ævar', 'Ásgeir', 'Óðinn', 'Eyjólfur', 'Þorsteinn', 'Hörður', 'Jón', 'Ólafur', 'Davíð'],
    female: ['Guðrún', 'Þórdís', 'Þórunn', 'Björk', 'Hrafnhildur', 'Sæunn', 'Ásdís', 'Sólveig', 'Ragnheiður', 'Hólmfríður', 'Ástríður', 'Eydís'],
    // Patronymics: the father's name in the genitive with -son or -dóttir.
    surnames: ['Guðmunds', 'Þórs', 'Sigurðar', 'Jóns', 'Ólafs', 'Þorsteins', 'Einars', 'Magnús', 'Björns', 'Halldórs', 'Ævars', 'Óðins'],
    femaleSurname: (m) => `${m}dóttir`,
  },
};
/** Icelandic male patronymic: the table holds the genitive stem. */
export const isMalePatronymic = (stem: string) => `${stem}son`;

// ---------------------------------------------------------------------------------------------------
// Addresses. Each country: its street types (full form and the abbreviations its national conventions
// use; `compound` where the language writes the type inside the word), street names, cities, how house
// and flat are written, and postal-code layouts (UPU S42 address templates and the national post's rules).
// ---------------------------------------------------------------------------------------------------

export interface StreetType { full: string; abbr: string[]; compound: boolean; latin?: { full: string; abbr: string[] } }
export interface Building { house: number; letter: string | null; korpus: number | null }
export interface Flat { no: number; stair: string | null; floor: number | null; side: string | null }

export interface AddressCountry {
  types: StreetType[];
  /** Street name and its type (index into types). For a compound type the name is the stem. */
  streets: Array<[string, number]>;
  cities: string[];
  /** Postal code layouts of one code: the bench writes the same code in each (digits given). */
  postal: { digits: number; forms: Array<(d: string) => string> };
  /** Ways of writing house + flat (flat null: the building alone). */
  house: Array<(b: Building, f: Flat | null) => string>;
  flat: (no: number, rng: () => number) => Flat;
  /** Cyrillic street names also written in Latin (RU only). */
  cyrillic?: boolean;
}

const letterOf = (b: Building, sep: string, lower = false) => (b.letter ? `${sep}${lower ? b.letter.toLowerCase() : b.letter}` : '');

export const ADDRESS: Record<Country, AddressCountry> = {
  // Estonia: Eesti Keele Instituut, "Lühendid ja lühendamine" (tn = tänav, mnt = maantee, pst = puiestee);
  // house-flat "12-5" as in the address data system ADS (Maa- ja Ruumiamet); postal code 5 digits (Omniva).
  EE: {
    types: [{ full: 'tänav', abbr: ['tn', 'tn.'], compound: false }, { full: 'maantee', abbr: ['mnt', 'mnt.'], compound: false }, { full: 'puiestee', abbr: ['pst', 'pst.'], compound: false }],
    streets: [['Pärnu', 1], ['Tartu', 1], ['Narva', 1], ['Peterburi', 1], ['Tööstuse', 0], ['Kalda', 0], ['Õismäe', 0], ['Mustamäe', 0], ['Sõpruse', 2], ['Kadrioru', 0], ['Estonia', 2], ['Rävala', 2], ['Jõe', 0], ['Vääna', 0]],
    cities: ['Tallinn', 'Tartu', 'Pärnu', 'Narva', 'Jõhvi', 'Võru'],
    postal: { digits: 5, forms: [(d) => d, (d) => `EE-${d}`] },
    house: [
      (b, f) => `${b.house}${letterOf(b, '')}${f ? `-${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, ' ')}${f ? ` - ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '', true)}${f ? `, krt ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '')}${f ? `, korter ${f.no}` : ''}`,
    ],
    flat: (no) => ({ no, stair: null, floor: null, side: null }),
  },
  // Latvia: iela (ie.), bulvāris (bulv.) per Latviešu valodas ekspertu komisija's abbreviation list; house-flat "12-5" or "dz. 5" (dzīvoklis), korpuss "k-2", as the State Land Service's address
  // register writes them; postal code "LV-1050" (UPU S42 template for Latvia), often written "1050".
  LV: {
    types: [{ full: 'iela', abbr: ['ie.'], compound: false }, { full: 'bulvāris', abbr: ['bulv.'], compound: false }],
    streets: [['Brīvības', 0], ['Elizabetes', 0], ['Krišjāņa Barona', 0], ['Tērbatas', 0], ['Ģertrūdes', 0], ['Aspazijas', 1], ['Raiņa', 1], ['Zemitāna', 0], ['Čiekurkalna', 0], ['Mežaparka', 0], ['Kurzemes', 0], ['Kronvalda', 1], ['Zunda', 0], ['Meža', 0]],
    cities: ['Rīga', 'Daugavpils', 'Liepāja', 'Jelgava', 'Jūrmala', 'Ventspils'],
    postal: { digits: 4, forms: [(d) => `LV-${d}`, (d) => d, (d) => `LV ${d}`] },
    house: [
      (b, f) => `${b.house}${letterOf(b, '')}${b.korpus ? ` k-${b.korpus}` : ''}${f ? `-${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '')}${b.korpus ? ` k-${b.korpus}` : ''}${f ? `, dz. ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, ' ')}${b.korpus ? ` k. ${b.korpus}` : ''}${f ? ` - ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '', true)}${b.korpus ? ` korpuss ${b.korpus}` : ''}${f ? ` dz ${f.no}` : ''}`,
    ],
    flat: (no) => ({ no, stair: null, floor: null, side: null }),
  },
  // Lithuania: Valstybinė lietuvių kalbos komisija's abbreviations (g. = gatvė, pr. = prospektas, al. =
  // alėja); house-flat "12-5" or "but. 5" (butas) as in the Registrų centras address register; postal
  // code "LT-01103" (UPU S42 template for Lithuania), often "01103".
  LT: {
    types: [{ full: 'gatvė', abbr: ['g.', 'g'], compound: false }, { full: 'prospektas', abbr: ['pr.', 'pr'], compound: false }, { full: 'alėja', abbr: ['al.'], compound: false }],
    streets: [['Gedimino', 1], ['Konstitucijos', 1], ['Savanorių', 1], ['Vilniaus', 0], ['Žalgirio', 0], ['Šeimyniškių', 0], ['Ąžuolyno', 0], ['Kęstučio', 0], ['Laisvės', 2], ['Taikos', 1], ['Pylimo', 0], ['Švitrigailos', 0], ['Jūros', 0], ['Šiaurės', 1]],
    cities: ['Vilnius', 'Kaunas', 'Klaipėda', 'Šiauliai', 'Panevėžys', 'Alytus'],
    postal: { digits: 5, forms: [(d) => `LT-${d}`, (d) => d, (d) => `LT ${d}`] },
    house: [
      (b, f) => `${b.house}${letterOf(b, '')}${f ? `-${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, ' ')}${f ? ` - ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '')}${f ? `, but. ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '', true)}${f ? ` butas ${f.no}` : ''}`,
    ],
    flat: (no) => ({ no, stair: null, floor: null, side: null }),
  },
  // Finland: Kotimaisten kielten keskus, Kielitoimiston ohjepankki "Lyhenteet" (k. = katu, t. = tie, written
  // inside the word: Mannerheimint.); Posti's address rules: house, staircase letter and flat number
  // "12 A 5", or "as. 5" (asunto) without a staircase; postal code 5 digits.
  FI: {
    types: [{ full: 'katu', abbr: ['k.'], compound: true }, { full: 'tie', abbr: ['t.'], compound: true }],
    streets: [['Mannerheimin', 1], ['Aleksanterin', 0], ['Hämeen', 1], ['Itäinen Pitkä', 0], ['Mäkelän', 0], ['Fredrikin', 0], ['Hämeen', 0], ['Sörnäisten ranta', 1], ['Runebergin', 0], ['Tehtaan', 0], ['Kalevan', 0], ['Vähäjärven', 1], ['Länsiväylän', 1]],
    cities: ['Helsinki', 'Tampere', 'Turku', 'Jyväskylä', 'Hämeenlinna', 'Oulu'],
    postal: { digits: 5, forms: [(d) => d, (d) => `FI-${d}`] },
    house: [
      (b, f) => `${b.house}${f ? (f.stair ? ` ${f.stair} ${f.no}` : ` as. ${f.no}`) : ''}`,
      (b, f) => `${b.house}${f ? (f.stair ? ` ${f.stair.toLowerCase()} ${f.no}` : ` as ${f.no}`) : ''}`,
      (b, f) => `${b.house}${f ? (f.stair ? ` ${f.stair} as. ${f.no}` : `, as. ${f.no}`) : ''}`,
    ],
    flat: (no, r) => ({ no, stair: r() < 0.6 ? 'ABC'[Math.floor(r() * 3)] : null, floor: null, side: null }),
  },
  // Sweden: Språkrådet, Svenska skrivregler (g. = gatan, v. = vägen, inside the word: Storg., Sveav.);
  // Skatteverket's four-digit lägenhetsnummer written "lgh 1102"; PostNord's postal code "113 51".
  SE: {
    types: [{ full: 'gatan', abbr: ['g.'], compound: true }, { full: 'vägen', abbr: ['v.'], compound: true }],
    streets: [['Stor', 0], ['Drottning', 0], ['Kungs', 0], ['Svea', 1], ['Göt', 0], ['Birger Jarls', 0], ['Östgöta', 0], ['Söder', 0], ['Valhalla', 1], ['Lidingö', 1], ['Järnvägs', 0], ['Väster', 0], ['Råsunda', 1]],
    cities: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Västerås', 'Örebro'],
    postal: { digits: 5, forms: [(d) => `${d.slice(0, 3)} ${d.slice(3)}`, (d) => d, (d) => `SE-${d.slice(0, 3)} ${d.slice(3)}`] },
    house: [
      (b, f) => `${b.house}${letterOf(b, ' ')}${f ? ` lgh ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '')}${f ? `, lgh ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, ' ', true)}${f ? `, lägenhet ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, ' ')}${f ? ` LGH ${f.no}` : ''}`,
    ],
    flat: (no) => ({ no: 1001 + ((no * 97) % 400), stair: null, floor: null, side: null }),
  },
  // Norway: Språkrådet's abbreviations (gt. = gata/gate, vn. = veien, v. = vei); Kartverket's
  // bruksenhetsnummer "H0203" for a flat; postal code 4 digits (Posten).
  NO: {
    types: [{ full: 'gata', abbr: ['gt.', 'gt'], compound: true }, { full: 'veien', abbr: ['vn.', 'vn'], compound: true }, { full: 'gate', abbr: ['gt.'], compound: false }],
    streets: [['Stor', 0], ['Kirke', 0], ['Drammens', 1], ['Trondheims', 1], ['Karl Johans', 2], ['Thorvald Meyers', 2], ['Sørkedals', 1], ['Grønlands', 2], ['Møller', 0], ['Ekeberg', 1], ['Tøyen', 0], ['Kongens', 2]],
    cities: ['Oslo', 'Bergen', 'Trondheim', 'Tromsø', 'Stavanger', 'Bodø'],
    postal: { digits: 4, forms: [(d) => d, (d) => `NO-${d}`] },
    house: [
      (b, f) => `${b.house}${letterOf(b, ' ')}${f ? `, H${String(f.floor).padStart(2, '0')}${String(f.no).padStart(2, '0')}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '')}${f ? ` H${String(f.floor).padStart(2, '0')}${String(f.no).padStart(2, '0')}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, ' ', true)}${f ? `, leil. H${String(f.floor).padStart(2, '0')}${String(f.no).padStart(2, '0')}` : ''}`,
    ],
    flat: (no, r) => ({ no: 1 + (no % 6), floor: 1 + Math.floor(r() * 6), stair: null, side: null }),
  },
  // Denmark: Dansk Sprognævn, Retskrivningsordbogen (g. = gade, v. = vej, inside the word: Vesterbrog.);
  // DAR (Danmarks Adresseregister) floor and door "2. tv." (sal, til venstre / til højre / midt for);
  // postal code 4 digits, "DK-1620" abroad.
  DK: {
    types: [{ full: 'gade', abbr: ['g.'], compound: true }, { full: 'vej', abbr: ['v.'], compound: true }],
    streets: [['Vesterbro', 0], ['Nørrebro', 0], ['Roskilde', 1], ['Strand', 1], ['Amager', 0], ['Jagt', 1], ['Frederiksberg', 0], ['Åboule', 1], ['Nørre', 0], ['Søndre', 0], ['Ålholm', 1]],
    cities: ['København', 'Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Køge'],
    postal: { digits: 4, forms: [(d) => d, (d) => `DK-${d}`] },
    house: [
      (b, f) => `${b.house}${letterOf(b, '')}${f ? `, ${f.floor}. ${f.side}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, ' ')}${f ? `, ${f.floor}.${f.side}.` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '')}${f ? ` ${f.floor}. ${f.side}.` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '', true)}${f ? `, ${f.floor}. sal ${f.side}` : ''}`,
    ],
    flat: (no, r) => ({ no, floor: 1 + (no % 5), side: ['tv', 'th', 'mf'][Math.floor(r() * 3)], stair: null }),
  },
  // Iceland: Árnastofnun's abbreviations (g. = gata, v. = vegur, inside the word: Laugav., Hverfisg.);
  // Þjóðskrá flat "íbúð 0201"; postal code 3 digits (Pósturinn).
  IS: {
    types: [{ full: 'gata', abbr: ['g.'], compound: true }, { full: 'vegur', abbr: ['v.'], compound: true }],
    streets: [['Lauga', 1], ['Hverfis', 0], ['Suður', 0], ['Hafnar', 0], ['Miklu', 0], ['Hring', 0], ['Suðurlands', 1], ['Vestur', 0], ['Þing', 0], ['Álfheima', 1], ['Reykjanes', 1]],
    cities: ['Reykjavík', 'Akureyri', 'Kópavogur', 'Hafnarfjörður', 'Selfoss'],
    postal: { digits: 3, forms: [(d) => d, (d) => `IS-${d}`] },
    house: [
      (b, f) => `${b.house}${letterOf(b, '')}${f ? `, íbúð ${String(f.floor).padStart(2, '0')}${String(f.no).padStart(2, '0')}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '', true)}${f ? `, íb. ${String(f.floor).padStart(2, '0')}${String(f.no).padStart(2, '0')}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, ' ')}${f ? ` íbúð ${String(f.floor).padStart(2, '0')}${String(f.no).padStart(2, '0')}` : ''}`,
    ],
    flat: (no, r) => ({ no: 1 + (no % 4), floor: 1 + Math.floor(r() * 4), stair: null, side: null }),
  },
  // Russia: street types as in the State Address Register (Order of the Ministry of Finance No. 171n of
  // 5 Nov 2015: ул, пр-кт, пер, ш, наб, б-р, пл) and ГОСТ Р 7.0.12-2011 (ул., просп., пер., наб., пл.);
  // "пр." and "пр-т" as written in practice; house "д.", building "корп."/"к.", flat "кв." (Почта России,
  // Правила оказания услуг почтовой связи); postal code 6 digits. Latin: the same words transliterated.
  RU: {
    types: [
      { full: 'улица', abbr: ['ул.', 'ул'], compound: false, latin: { full: 'ulitsa', abbr: ['ul.', 'ul'] } },
      { full: 'проспект', abbr: ['пр.', 'пр-т', 'просп.', 'пр-кт'], compound: false, latin: { full: 'prospekt', abbr: ['pr.', 'pr-t', 'prosp.'] } },
      { full: 'переулок', abbr: ['пер.'], compound: false, latin: { full: 'pereulok', abbr: ['per.'] } },
      { full: 'шоссе', abbr: ['ш.'], compound: false, latin: { full: 'shosse', abbr: ['sh.'] } },
      { full: 'набережная', abbr: ['наб.'], compound: false, latin: { full: 'naberezhnaya', abbr: ['nab.'] } },
      { full: 'бульвар', abbr: ['б-р', 'бул.'], compound: false, latin: { full: 'bulvar', abbr: ['b-r', 'bul.'] } },
      { full: 'площадь', abbr: ['пл.'], compound: false, latin: { full: 'ploshchad', abbr: ['pl.'] } },
    ],
    streets: [['Ленина', 0], ['Садовая', 0], ['Гороховая', 0], ['Невский', 1], ['Московский', 1], ['Лиговский', 1], ['Столярный', 2], ['Гривцова', 2], ['Выборгское', 3], ['Московское', 3], ['Фонтанки', 4], ['Мойки', 4], ['Конногвардейский', 5], ['Новочеркасский', 1], ['Ломоносова', 0], ['Сенная', 6], ['Труда', 6], ['Кольский', 1], ['Полярные Зори', 0]],
    cities: ['Санкт-Петербург', 'Мурманск', 'Псков', 'Петрозаводск', 'Великий Новгород', 'Калининград'],
    postal: { digits: 6, forms: [(d) => d] },
    house: [
      (b, f) => `д. ${b.house}${letterOf(b, '')}${b.korpus ? `, корп. ${b.korpus}` : ''}${f ? `, кв. ${f.no}` : ''}`,
      (b, f) => `д.${b.house}${letterOf(b, '', true)}${b.korpus ? ` к.${b.korpus}` : ''}${f ? ` кв.${f.no}` : ''}`,
      (b, f) => `дом ${b.house}${letterOf(b, ' ')}${b.korpus ? `, корпус ${b.korpus}` : ''}${f ? `, квартира ${f.no}` : ''}`,
      (b, f) => `${b.house}${letterOf(b, '')}${b.korpus ? `к${b.korpus}` : ''}${f ? `-${f.no}` : ''}`,
    ],
    flat: (no) => ({ no, stair: null, floor: null, side: null }),
    cyrillic: true,
  },
};

/** The same house parts in Latin letters, for Russian addresses written abroad. */
export const RU_HOUSE_LATIN: Array<(b: Building, f: Flat | null) => string> = [
  (b, f) => `d. ${b.house}${b.letter ? latinLetter(b.letter) : ''}${b.korpus ? `, korp. ${b.korpus}` : ''}${f ? `, kv. ${f.no}` : ''}`,
  (b, f) => `dom ${b.house}${b.letter ? ` ${latinLetter(b.letter)}` : ''}${b.korpus ? `, korpus ${b.korpus}` : ''}${f ? `, kvartira ${f.no}` : ''}`,
  (b, f) => `${b.house}${b.letter ? latinLetter(b.letter) : ''}${b.korpus ? `k${b.korpus}` : ''}${f ? `-${f.no}` : ''}`,
];
/** House letters on Russian buildings are А, Б, В; in Latin A, B, V. */
const latinLetter = (l: string) => ({ А: 'A', Б: 'B', В: 'V' } as Record<string, string>)[l] ?? l;
