import { type ComponentType, lazy } from 'react';

/** Code-splits a page that is a named export (the house style has no default exports). */
export function lazyPage<Module extends Record<string, unknown>>(load: () => Promise<Module>, name: keyof Module) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
