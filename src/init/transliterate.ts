// Init: Russian → Latin transliteration, and a teacher id made from a full name (kuznetsova-ev).

/**
 * Passport-style (ICAO-like) letters, as the ids of the example read: х → kh, ц → ts, щ → shch,
 * й and ы → y, ю → yu, я → ya, ё → e; ъ and ь vanish, except before е ё и о, where they sound as
 * y (Васильева → vasilyeva, Соловьёв → solovyev).
 */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const SOFTENED = new Set(['е', 'ё', 'и', 'о']);

/** Lower-case Latin for Russian text; other characters are kept as they are (lower-cased). */
export function transliterate(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i += 1) {
    const char = lower[i]!;
    const next = lower[i + 1];
    if ((char === 'ь' || char === 'ъ') && next !== undefined && SOFTENED.has(next)) out += 'y';
    else out += LETTERS[char] ?? char;
  }
  return out;
}

const ID_MAX = 63;

/** Latin letters, digits and single hyphens only, as an id must be. */
function slug(text: string): string {
  return transliterate(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of a teacher from «Фамилия Имя Отчество»: the surname, a hyphen and the initials
 * (Кузнецова Елена Викторовна → kuznetsova-ev). A surname alone gives the surname (Щукина →
 * shchukina). Returns '' when nothing Latin can be made of the name.
 */
export function teacherIdFromName(fullName: string): string {
  const [surname = '', ...given] = fullName.trim().split(/\s+/);
  const initials = given.map(initialOf).join('');
  const id = [slug(surname), initials].filter((part) => part !== '').join('-');
  return id.slice(0, ID_MAX).replace(/-+$/, '');
}

/** A name's first letter in Latin: Юлия → yu, Артём → a; '' for a name with no letter. */
function initialOf(name: string): string {
  const latin = slug(name);
  const first = slug(name.replace(/^[^\p{L}\p{N}]+/u, '').slice(0, 1));
  return first !== '' ? first : latin.slice(0, 1);
}
