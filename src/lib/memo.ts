// One cache for values derived from an object (site data, a center, an export context): each is computed on first
// use and kept as long as the object lives. Every index and lookup table of the build goes through here.
const caches = new WeakMap<object, Map<string, unknown>>();

/** Computes `build()` once per owner and name, and returns the kept value after that. */
export function memo<T>(owner: object, name: string, build: () => T): T {
  let forOwner = caches.get(owner);
  if (!forOwner) caches.set(owner, (forOwner = new Map()));
  if (!forOwner.has(name)) forOwner.set(name, build());
  return forOwner.get(name) as T;
}
