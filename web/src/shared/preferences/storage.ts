/** localStorage that never throws (private windows and locked-down browsers refuse access). */
export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // The preference then lasts for this page only, which is acceptable.
  }
}

export const LOCALE_KEY = 'meridian.locale';
export const THEME_KEY = 'meridian.theme';
export const SIDER_KEY = 'meridian.siderCollapsed';
