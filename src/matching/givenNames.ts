// One given name in its Russian, Ukrainian and Belarusian forms. A Ukrainian is "Микола" in his passport
// and "Николай" in a Russian police file, which writes the Russian form of the name; a Belarusian
// "Аляксандр" is "Александр". These are not spellings of one word that a transliteration table can fold
// (Микола and Николай share no skeleton), but the same name in two languages, as the name dictionaries give
// them side by side: Л. Г. Скрипник, Н. П. Дзятківська, «Власні імена людей. Словник-довідник» (Київ,
// Наукова думка, 3rd ed. 2005: Ukrainian names with their Russian correspondences), and М. Бірыла,
// «Беларуская антрапанімія» (Мінск, 1966-1982) with the Belarusian official forms of the passport
// (Інструкцыя па транслітэрацыі, 2007). Each row: Russian, Ukrainian, Belarusian; the Russian form stands
// for the row. Left out on purpose, being names of their own elsewhere: Ганна/Анна (Hanna in Finland, Sweden,
// Germany), Belarusian Алена/Елена (Алёна, Czech Alena), Раман/Роман (Raman), Сафія/Софья (Safia), Надія/
// Надежда (Nadia, Nada). A row may end with the name's Western European form where no transliteration
// reaches it: Alexander and Aleksander (English, German, Scandinavian; Polish, Estonian) for Александр, which
// foreign files write for a Russian's name as often as the passport's Aleksandr.
import { latinWords, skeletonWord } from './transliteration';

// prettier-ignore
const ROWS: string[][] = [
  // male
  ['Александр', 'Олександр', 'Аляксандр', 'Alexander', 'Aleksander'], ['Алексей', 'Олексій', 'Аляксей'], ['Анатолий', 'Анатолій', 'Анатоль'],
  ['Андрей', 'Андрій', 'Андрэй'], ['Аркадий', 'Аркадій', 'Аркадзь'], ['Богдан', 'Богдан', 'Багдан'],
  ['Валентин', 'Валентин', 'Валянцін'], ['Валерий', 'Валерій', 'Валерый'], ['Василий', 'Василь', 'Васіль'],
  ['Виктор', 'Віктор', 'Віктар'], ['Виталий', 'Віталій', 'Віталь'], ['Владимир', 'Володимир', 'Уладзімір'],
  ['Вячеслав', 'Вячеслав', 'Вячаслаў'], ['Геннадий', 'Геннадій', 'Генадзь'], ['Григорий', 'Григорій', 'Рыгор'],
  ['Дмитрий', 'Дмитро', 'Дзмітрый'], ['Евгений', 'Євген', 'Яўген'], ['Иван', 'Іван', 'Іван'],
  ['Игорь', 'Ігор', 'Ігар'], ['Илья', 'Ілля', 'Ілья'], ['Иосиф', 'Йосип', 'Іосіф'], ['Кирилл', 'Кирило', 'Кірыл'],
  ['Константин', 'Костянтин', 'Канстанцін'], ['Леонид', 'Леонід', 'Леанід'], ['Максим', 'Максим', 'Максім'],
  ['Матвей', 'Матвій', 'Мацвей'], ['Михаил', 'Михайло', 'Міхаіл'], ['Никита', 'Микита', 'Мікіта'], ['Денис', 'Денис', 'Дзяніс'],
  ['Николай', 'Микола', 'Мікалай'], ['Олег', 'Олег', 'Алег'], ['Павел', 'Павло', 'Павел'], ['Пётр', 'Петро', 'Пятро'],
  ['Семён', 'Семен', 'Сямён'], ['Сергей', 'Сергій', 'Сяргей'],
  ['Станислав', 'Станіслав', 'Станіслаў'], ['Степан', 'Степан', 'Сцяпан'], ['Тимофей', 'Тимофій', 'Цімафей'],
  ['Фёдор', 'Федір', 'Фёдар'], ['Филипп', 'Пилип', 'Піліп'], ['Юрий', 'Юрій', 'Юрый'], ['Яков', 'Яків', 'Якаў'], ['Ярослав', 'Ярослав', 'Яраслаў'],
  // female
  ['Александра', 'Олександра', 'Аляксандра'], ['Анастасия', 'Анастасія', 'Анастасія'], ['Валентина', 'Валентина', 'Валянціна'],
  ['Виктория', 'Вікторія', 'Вікторыя'], ['Галина', 'Галина', 'Галіна'], ['Дарья', 'Дарʼя', 'Дар’я'],
  ['Евгения', 'Євгенія', 'Яўгенія'], ['Екатерина', 'Катерина', 'Кацярына'], ['Елена', 'Олена'],
  ['Елизавета', 'Єлизавета', 'Лізавета'], ['Ирина', 'Ірина', 'Ірына'], ['Ксения', 'Ксенія', 'Ксенія'],
  ['Лариса', 'Лариса', 'Ларыса'], ['Любовь', 'Любов', 'Любоў'], ['Людмила', 'Людмила', 'Людміла'],
  ['Марина', 'Марина', 'Марына'], ['Мария', 'Марія', 'Марыя'], ['Надежда', 'Надзея'],
  ['Наталья', 'Наталія', 'Наталля'], ['Нина', 'Ніна', 'Ніна'], ['Оксана', 'Оксана', 'Аксана'], ['Ольга', 'Ольга', 'Вольга'],
  ['Полина', 'Поліна', 'Паліна'], ['Раиса', 'Раїса', 'Раіса'], ['Светлана', 'Світлана', 'Святлана'],
  ['Софья', 'Софія'], ['Татьяна', 'Тетяна', 'Таццяна'], ['Вера', 'Віра', 'Вера'], ['Юлия', 'Юлія', 'Юлія'],
];

const skeletonOf = (name: string) => skeletonWord(latinWords(name)[0].latin);

/** The skeleton of each form → the skeleton of the row's Russian form (forms that read alike are left out). */
const RUSSIAN_FORM = new Map<string, string>();
for (const [russian, ...others] of ROWS) {
  const target = skeletonOf(russian);
  for (const form of others) {
    const skeleton = skeletonOf(form);
    if (skeleton !== target) RUSSIAN_FORM.set(skeleton, target);
  }
}

/** The skeleton of a given name's Russian form, when the word is a Ukrainian or Belarusian form of one. */
export function russianForm(skeleton: string): string | undefined {
  return RUSSIAN_FORM.get(skeleton);
}

export const GIVEN_NAME_SOURCE =
  'Скрипник & Дзятківська, «Власні імена людей. Словник-довідник» (2005); Бірыла, «Беларуская антрапанімія»: Ukrainian and Belarusian given names in their Russian form (Микола Николай, Олена Елена, Аляксандр Александр)';

// A diminutive written as the name: a witness or a victim knows a man as "Саша" or "Sasha", a register as
// "Александр"; a Swede is "Kalle" in one file and "Karl" in another. Each row: the full name, then its
// everyday short forms, from Н. А. Петровский, «Словарь русских личных имён» (Москва, 1966; 5th ed. 1996),
// which gives each name's "уменьшительные формы", and for Swedish names R. Otterbjörk, «Svenska förnamn»
// (4th ed., 1989). Only forms that point to one name: Слава (Вячеслав, Станислав, Ярослав, Владислав), Шура,
// Женя, Валя, Витя (Виктор, Виталий) and Ксюша (Ксения, Оксана) are left out. Саша and Жека are either
// gender's, and meet Александр and Александра alike through the stem. Left out too are forms that read as a
// name of their own in the region or among the region's migrants, in the skeleton: Оля (Norwegian Ola), Ваня
// (Swedish Vanja), Таня and Катя (Tanja, Katja), Поля (Pola), Галя (Hala), Зина, Гоша and Жора (Gosia,
// Zora), Лёша and Алёша (Леся, Алеся), Лёня (Lena), Лиза (Liisa), Лёха, Саня (Sanna), Olle (Ole), Jocke
// (Eske), Hasse (the surname Hase), Gösta (a name of its own). The scorer counts a diminutive as a close
// spelling, not as one name (score.ts).
// prettier-ignore
const DIMINUTIVE_ROWS: string[][] = [
  ['Александр', 'Саша', 'Шурик'], ['Анатолий', 'Толя', 'Толик'], ['Андрей', 'Андрюша'], ['Борис', 'Боря'],
  ['Вадим', 'Вадик'], ['Владимир', 'Вова', 'Володя'], ['Геннадий', 'Гена'], ['Григорий', 'Гриша'],
  ['Дмитрий', 'Дима', 'Митя'], ['Константин', 'Костя'], ['Михаил', 'Миша'], ['Николай', 'Коля'], ['Павел', 'Паша'],
  ['Пётр', 'Петя'], ['Сергей', 'Серёжа'], ['Станислав', 'Стас'], ['Фёдор', 'Федя'], ['Юрий', 'Юра'], ['Артём', 'Тёма'],
  ['Евгений', 'Жека'],
  ['Анастасия', 'Настя'], ['Дарья', 'Даша'], ['Екатерина', 'Катюша'], ['Ирина', 'Ира'], ['Любовь', 'Люба'],
  ['Людмила', 'Люда'], ['Мария', 'Маша'], ['Наталья', 'Наташа'], ['Светлана', 'Света'], ['Юлия', 'Юля'],
  ['Виктория', 'Вика'], ['Антонина', 'Тоня'],
  ['Karl', 'Kalle'], ['Per', 'Pelle'], ['Lars', 'Lasse'], ['Nils', 'Nisse'], ['Mikael', 'Micke'], ['Kristina', 'Kicki'],
  ['Bengt', 'Bengan'],
];

/** The skeleton of each short form → the skeleton of its full name. */
const FULL_FORM = new Map<string, string>();
for (const [full, ...short] of DIMINUTIVE_ROWS)
  for (const form of short) FULL_FORM.set(skeletonOf(form), skeletonOf(full));

/** The skeleton of the full name, when the word is one of its diminutives. */
export function fullForm(skeleton: string): string | undefined {
  return FULL_FORM.get(skeleton);
}

export const DIMINUTIVE_SOURCE =
  'Петровский, «Словарь русских личных имён» (1966): уменьшительные формы; Otterbjörk, «Svenska förnamn» (1989): diminutives written as the name (Саша Александр, Дима Дмитрий, Kalle Karl)';
