// The web app's own catalogues, so that journeys check the text users see in each language without
// copying it: a renamed string changes here too, a missing translation fails loudly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.ts';

export type Lang = 'zh-CN' | 'en';

const LOCALES_DIR = path.join(REPO_ROOT, 'web', 'src', 'shared', 'i18n', 'locales');
const cache = new Map<string, unknown>();

function catalogue(lang: Lang, namespace: string): unknown {
  const key = `${lang}/${namespace}`;
  if (!cache.has(key)) {
    cache.set(key, JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, `${namespace}.json`), 'utf8')));
  }
  return cache.get(key);
}

/** `t('en', 'settings:audit.actions.member.joined')`; `{{name}}` placeholders from `vars`. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [namespace, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: unknown = catalogue(lang, namespace);
  for (const part of path.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`No ${lang} text for ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
