import { createContext, type ReactNode, useCallback, useContext, useMemo, useState, useSyncExternalStore } from 'react';
import { readPreference, THEME_KEY, writePreference } from '@/shared/preferences/storage';
import { resolveThemeMode, type ThemeMode } from '@/shared/preferences/theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void): () => void {
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const systemPrefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

type Preferences = {
  themeMode: ThemeMode;
  setThemeMode: (mode: ThemeMode) => void;
};

const PreferencesContext = createContext<Preferences | null>(null);

export type PreferencesProviderProps = { children: ReactNode };

/** The theme follows the system until the user picks one, and that pick is kept in localStorage. */
export function PreferencesProvider({ children }: PreferencesProviderProps) {
  const [stored, setStored] = useState(() => readPreference(THEME_KEY));
  const isSystemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false);
  const themeMode = resolveThemeMode(stored, isSystemDark);
  const setThemeMode = useCallback((mode: ThemeMode) => {
    writePreference(THEME_KEY, mode);
    setStored(mode);
  }, []);
  const value = useMemo(() => ({ themeMode, setThemeMode }), [themeMode, setThemeMode]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences() needs <PreferencesProvider>');
  return preferences;
}
