// Finds optional platform packages that package-lock.json names but does not record (an npm 11 bug breaks `npm ci`).
export interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}
export interface Lockfile {
  packages: Record<string, LockEntry>;
}

/** Where npm would look for `name` required from the package at `from` (nested first, then each ancestor, then the root). */
export function resolveFrom(lock: Lockfile, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut >= 0 ? base.slice(0, cut) : '';
  }
}

/** Every optional dependency named in the lock with no entry of its own: [path to add, name, version spec]. */
export function missingOptional(lock: Lockfile): { path: string; name: string; spec: string }[] {
  const missing = new Map<string, { path: string; name: string; spec: string }>();
  for (const [from, entry] of Object.entries(lock.packages)) {
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      if (resolveFrom(lock, from, name)) continue;
      const path = `node_modules/${name}`;
      if (!missing.has(path)) missing.set(path, { path, name, spec });
    }
  }
  return [...missing.values()];
}

const osTokens: Record<string, string> = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
  sunos: 'sunos',
  aix: 'aix',
  openharmony: 'openharmony',
};
const cpuTokens: Record<string, string> = {
  arm64: 'arm64',
  x64: 'x64',
  arm: 'arm',
  ia32: 'ia32',
  wasm32: 'wasm32',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  mips64el: 'mips64el',
  universal: 'arm64',
};

/**
 * The platform a package is built for, read from its name (`@pagefind/darwin-arm64`, `…-linux-x64-musl`).
 * The registry these machines reach lacks some other-platform builds, so their metadata cannot be asked for.
 */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | undefined {
  const tokens = name.split('/').pop()!.split(/[-_.]/);
  const os = tokens.map((t) => osTokens[t]).find(Boolean);
  const cpu = tokens.map((t) => cpuTokens[t]).find(Boolean);
  if (!os && !cpu) return undefined;
  const libc = tokens.includes('musl')
    ? ['musl']
    : tokens.includes('gnu') || tokens.includes('gnueabihf')
      ? ['glibc']
      : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc && os === 'linux' ? { libc } : {}) };
}
