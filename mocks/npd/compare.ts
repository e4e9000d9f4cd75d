/** Compares names as the NPD does: insensitive to Unicode normalisation (NFC/NFD) and surrounding or repeated spaces, strict otherwise. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ');
  return norm(a) === norm(b);
}

/** Reads yyyy-MM-dd, dd/MM/yyyy or yyyy; answers whether it names the stored date of birth. */
export function sameBirthDate(given: string, stored: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given);
  if (iso) return given === stored;
  const vn = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(given);
  if (vn) return `${vn[3]}-${vn[2]}-${vn[1]}` === stored;
  return /^\d{4}$/.test(given) && stored.startsWith(given);
}
