/**
 * A stored phone number for display: mobiles 3-4-4 ("138 0013 8000"), landlines with their
 * area code apart ("010 1234 5678", "0755 8888 6666"), an extension after "转"/"ext.".
 */
export function formatPhone(phone: string, extensionWord = '转'): string {
  if (!phone) return '';
  const [main = '', extension] = phone.split('-');
  let text = main;
  if (/^1[3-9]\d{9}$/.test(main)) text = `${main.slice(0, 3)} ${main.slice(3, 7)} ${main.slice(7)}`;
  else if (/^0[12]\d{8,9}$/.test(main)) text = `${main.slice(0, 3)} ${main.slice(3, 7)} ${main.slice(7)}`;
  else if (/^0\d{10,11}$/.test(main)) text = `${main.slice(0, 4)} ${main.slice(4, 8)} ${main.slice(8)}`;
  return extension ? `${text} ${extensionWord} ${extension}` : text;
}

/** The `tel:` link of a stored number (mobiles dial as they are; an extension is dropped). */
export function telHref(phone: string): string {
  return `tel:${phone.split('-')[0] ?? ''}`;
}
