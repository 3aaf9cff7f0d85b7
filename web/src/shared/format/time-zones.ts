/** The browser's IANA zone, e.g. Asia/Shanghai; the new account's default. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';
}

const COMMON_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];

/** Every zone the browser knows, with the ones Chinese teams use most first. */
export function listTimeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const rest = all.filter((zone) => !COMMON_ZONES.includes(zone));
  return [...COMMON_ZONES, ...rest];
}
