/** A service function with its dependencies already given: what callers see. */
export type Bound<D, F> = F extends (deps: D, ...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * Services are written as plain functions `(deps, ctx, input)`, one file per verb; a module's
 * factory binds its dependencies once so that routes call `service.createTeam(ctx, input)`.
 */
export function bindDeps<D, F extends (deps: D, ...args: never[]) => unknown>(deps: D, fn: F): Bound<D, F> {
  return ((...args: never[]) => fn(deps, ...args)) as Bound<D, F>;
}
