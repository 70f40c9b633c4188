// The most frequent surnames of the countries whose records meet here, from the national statistics'
// published name counts: a name holding one of them is common whatever the register's own size says.
// A small register (a few hundred records) holds two "Sergei Ivanov" as rarely as two "Kristaps Kļaviņš",
// so its own counts cannot tell a common name from a rare one; these lists can (issue 15: a transposed
// birth date never counts on its own for a common name). Each list is the head of its country's
// ranking, spelled as the statistics spell it; matching reads them through the same name keys as records
// (skeleton stems), so "Ivanova", "Iwanow" and "Иванов" are Ivanov, and "Nielsen" is also "Nilsen".
// Sources (the first ten of each ranking as published):
//   DK  Danmarks Statistik, "Navne i hele befolkningen" (efternavne)
//   SE  Statistiska centralbyrån, "Namnstatistik" (efternamn)
//   NO  Statistisk sentralbyrå, "Navn" (etternavn)
//   FI  Digi- ja väestötietovirasto (DVV), "Nimipalvelu" (sukunimet)
//   IS  Þjóðskrá: patronymics, the most frequent fathers' names (Jón, Sigurður, Guðmundur, Gunnar, Ólafur)
//   EE  Statistikaamet, "Nimede statistika" (perekonnanimed)
//   LV  Pilsonības un migrācijas lietu pārvalde (PMLP), personvārdu datubāze (uzvārdi)
//   LT  Registrų centras, Gyventojų registras (pavardės)
//   RU  Журавлёв, "Частотность русских фамилий" (frequency of Russian surnames, 2005 ranking): first thirty
//   UA  Державна міграційна служба / Ukrainian surname frequency rankings: first twenty
//   PL, RO, BG, VN, PH, NG, TH  national statistics' and civil registers' published top surnames
import { nameKey, type NameKey } from './nameKeys';

// Space-separated: no listed surname has a space.
const LISTED: Record<string, string> = {
  DK: 'Nielsen Jensen Hansen Andersen Pedersen Christensen Larsen Sørensen Rasmussen Jørgensen',
  SE: 'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson',
  NO: 'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen',
  FI: 'Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen',
  IS: 'Jónsson Jónsdóttir Sigurðsson Sigurðardóttir Guðmundsson Guðmundsdóttir Gunnarsson Gunnarsdóttir Ólafsson Ólafsdóttir',
  EE: 'Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel',
  LV: 'Bērziņš Kalniņš Ozoliņš Jansons Ozols Liepiņš Krūmiņš Balodis Eglītis Zariņš',
  LT: 'Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas',
  // Longer heads for Russia and Ukraine: their eleventh to thirtieth surnames are each still held by
  // hundreds of thousands of people.
  RU: 'Смирнов Иванов Кузнецов Соколов Попов Лебедев Козлов Новиков Морозов Петров Волков Соловьёв Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Андреев',
  UA: 'Мельник Шевченко Коваленко Бондаренко Бойко Ткаченко Кравченко Ковальчук Коваль Олійник Шевчук Поліщук Бондар Ткачук Марченко Руденко Савченко Лисенко Мороз Кравець',
  PL: 'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak',
  RO: 'Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu',
  BG: 'Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Василев',
  VN: 'Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang',
  PH: 'Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Aquino Ramos',
  NG: 'Okafor Okonkwo Eze Bello Adeyemi Abubakar Ibrahim Musa Mohammed Ogunleye',
  TH: 'Saetang Saelim Saeyang Srisuk Thongdee Sukjai Boonmee Kaewmanee',
};

/** The skeleton stems of every listed surname, in every reading a record's name would get. */
const COMMON_STEMS = new Set(
  Object.values(LISTED)
    .flatMap((names) => names.split(' '))
    .flatMap((surname) => nameKey(surname).variants.flatMap((v) => v.stems)),
);

/** Whether a name, as nameKey reads it, holds one of the countries' most frequent surnames (in any reading or form). */
export function holdsCommonSurname(key: Pick<NameKey, 'variants'>): boolean {
  return key.variants.some((v) => v.stems.some((s) => COMMON_STEMS.has(s)));
}

/** The same for a name as written. */
export const hasCommonSurname = (name: string): boolean => holdsCommonSurname(nameKey(name));
