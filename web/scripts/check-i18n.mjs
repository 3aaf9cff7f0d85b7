#!/usr/bin/env node
// Checks the web's translation catalogues (plain Node, no dependencies):
//   1. every key exists in every language, with the same {{placeholders}};
//   2. every literal key passed to t() in src/ exists in the catalogues;
//   3. every error code of the contracts has `errors:<code>`, every field code `errors:field.<code>`.
// Exit code 1 with one line per problem, so that CI fails on a missing translation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(webDir, 'src');
const localesDir = path.join(srcDir, 'shared', 'i18n', 'locales');
const errorCodesFile = path.join(webDir, '..', 'packages', 'contracts', 'src', 'common', 'error-codes.ts');
const DEFAULT_NS = 'common';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const problems = [];

/** `{ a: { b: 'x' } }` → Map { 'ns:a.b' → 'x' }. */
function flatten(ns, value, prefix, out) {
  for (const [key, child] of Object.entries(value)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (child && typeof child === 'object') flatten(ns, child, full, out);
    else out.set(`${ns}:${full}`, String(child));
  }
  return out;
}

function loadCatalogues() {
  const languages = readdirSync(localesDir).filter((name) => statSync(path.join(localesDir, name)).isDirectory());
  const catalogues = new Map();
  for (const language of languages) {
    const keys = new Map();
    for (const file of readdirSync(path.join(localesDir, language)).filter((name) => name.endsWith('.json'))) {
      const ns = file.replace(/\.json$/, '');
      try {
        flatten(ns, JSON.parse(readFileSync(path.join(localesDir, language, file), 'utf8')), '', keys);
      } catch (error) {
        problems.push(`${language}/${file}: not valid JSON (${error.message})`);
      }
    }
    catalogues.set(language, keys);
  }
  return catalogues;
}

const baseKey = (key) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (text) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]);

/** Per base key (plural forms merged): the set of placeholders its forms use. */
function groupByBase(keys) {
  const groups = new Map();
  for (const [key, text] of keys) {
    const base = baseKey(key);
    const group = groups.get(base) ?? new Set();
    for (const name of placeholders(text)) group.add(name);
    groups.set(base, group);
    if (text.trim() === '') problems.push(`${key}: empty translation`);
  }
  return groups;
}

function compareLanguages(catalogues) {
  const grouped = new Map([...catalogues].map(([language, keys]) => [language, groupByBase(keys)]));
  const languages = [...grouped.keys()];
  for (const language of languages) {
    for (const other of languages) {
      if (language === other) continue;
      for (const [key, names] of grouped.get(language)) {
        const otherNames = grouped.get(other).get(key);
        if (!otherNames) {
          problems.push(`${key}: in ${language} but missing in ${other}`);
          continue;
        }
        if (language < other) {
          const a = [...names].sort().join(',');
          const b = [...otherNames].sort().join(',');
          if (a !== b) problems.push(`${key}: placeholders differ, ${language} {${a}} vs ${other} {${b}}`);
        }
      }
    }
  }
  return grouped;
}

function listSourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listSourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

/** The first argument of a call starting at `start` (just after the parenthesis), as source text. */
function firstArgument(source, start) {
  let depth = 0;
  let quote = null;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) {
      if (depth === 0) return source.slice(start, i);
      depth--;
    } else if (char === ',' && depth === 0) return source.slice(start, i);
  }
  return '';
}

/** Drops `${…}` parts of template literals: the strings inside them are values, not keys. */
function stripInterpolations(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      for (i += 1; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
      out += '$';
      continue;
    }
    out += text[i];
  }
  return out;
}

/** String literals in an argument (both branches of a ternary, say); template literals with ${} are dynamic. */
function literalKeys(argument) {
  const keys = [];
  for (const match of stripInterpolations(argument).matchAll(/'([^'\\]*)'|"([^"\\]*)"|`([^`$\\]*)`/g)) {
    const key = match[1] ?? match[2] ?? match[3];
    if (key && /^[\w-]+(:[\w.-]+)?$|^[\w-]+(\.[\w-]+)+$/.test(key)) keys.push(key);
  }
  return keys;
}

function checkSourceKeys(grouped) {
  const reference = grouped.values().next().value ?? new Map();
  for (const file of listSourceFiles(srcDir)) {
    const source = readFileSync(file, 'utf8');
    const nsMatch = source.match(/useTranslation\(\s*(?:\[\s*)?['"]([\w-]+)['"]/);
    const defaultNs = nsMatch ? nsMatch[1] : DEFAULT_NS;
    for (const call of source.matchAll(/(?<![\w.$])(?:i18n\.)?t\(/g)) {
      for (const key of literalKeys(firstArgument(source, call.index + call[0].length))) {
        const full = key.includes(':') ? key : `${defaultNs}:${key}`;
        if (!reference.has(full))
          problems.push(`${path.relative(webDir, file)}: t('${key}') → ${full} is not in the catalogues`);
      }
    }
  }
}

function checkErrorCodes(grouped) {
  const source = readFileSync(errorCodesFile, 'utf8');
  const listOf = (name) => {
    const match = source.match(new RegExp(`${name}\\s*=\\s*\\[([\\s\\S]*?)\\]`));
    return match ? [...match[1].matchAll(/'([\w-]+)'/g)].map((item) => item[1]) : [];
  };
  const required = [
    ...listOf('ERROR_CODES').map((code) => `errors:${code}`),
    ...listOf('FIELD_ERROR_CODES').map((code) => `errors:field.${code}`),
  ];
  if (required.length === 0) problems.push(`${errorCodesFile}: could not read ERROR_CODES`);
  for (const [language, keys] of grouped) {
    for (const key of required) if (!keys.has(key)) problems.push(`${key}: error code not translated in ${language}`);
  }
}

const catalogues = loadCatalogues();
if (catalogues.size < 2) problems.push(`${localesDir}: expected at least two languages`);
const grouped = compareLanguages(catalogues);
checkSourceKeys(grouped);
checkErrorCodes(grouped);

if (problems.length > 0) {
  console.error(`i18n check failed with ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const counts = [...catalogues].map(([language, keys]) => `${language}: ${keys.size}`).join(', ');
console.log(`i18n check passed (${counts} keys).`);
