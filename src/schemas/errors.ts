// Turns zod issues into messages an editor can act on: file, field path, expectation, what was found, hint.
import type { z } from 'astro/zod';
import { defOf } from './zod-def.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  hint?: string | undefined;
}

export const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

export const formatProblem = (p: ContentProblem) =>
  `${p.file}: ${p.field ? `\`${p.field}\` ` : ''}${p.message}${p.hint ? `\n    hint: ${p.hint}` : ''}`;

const show = (value: unknown) => {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value}'`;
  if (value instanceof Date) return `'${value.toISOString().slice(0, 10)}'`;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/** A node's own description, or that of the schema it wraps (`.describe()` then `.optional()` hides it). */
const descriptionOf = (node: z.ZodType): string | undefined => {
  if (node.description) return node.description;
  const def = defOf(node);
  if (wrappers.has(def.type) && def.innerType) return descriptionOf(def.innerType);
  if (def.type === 'pipe' && def.in) return descriptionOf(def.in) ?? (def.out && descriptionOf(def.out));
  return undefined;
};

/** One step down a schema: an object's field, an array's element, through wrappers, pipes and unions. */
const step = (current: z.ZodType, key: PropertyKey): z.ZodType | undefined => {
  const def = defOf(current);
  if (def.type === 'object') return typeof key === 'string' ? def.shape?.[key] : undefined;
  if (def.type === 'array') return typeof key === 'number' ? def.element : undefined;
  if (wrappers.has(def.type)) return def.innerType && step(def.innerType, key);
  if (def.type === 'pipe') return (def.in && step(def.in, key)) ?? (def.out && step(def.out, key));
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const next = step(option, key);
      if (next) return next;
    }
  }
  return undefined;
};

const schemaAt = (schema: z.ZodType, path: readonly PropertyKey[]) =>
  path.reduce<z.ZodType | undefined>((node, key) => node && step(node, key), schema);

/** The field's `.describe()` text along a path; it doubles as the hint an editor sees. */
export function describeAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  // A list's items rarely carry their own description: fall back to the nearest described ancestor.
  for (let depth = path.length; depth > 0; depth--) {
    const node = schemaAt(schema, path.slice(0, depth));
    const text = node && descriptionOf(node);
    if (text) return text;
  }
  return undefined;
}

/** The keys an object schema allows at a path (through wrappers and unions). */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const collect = (node: z.ZodType | undefined): string[] => {
    if (!node) return [];
    const def = defOf(node);
    if (def.type === 'object') return Object.keys(def.shape ?? {});
    if (wrappers.has(def.type)) return collect(def.innerType);
    if (def.type === 'pipe') return collect(def.in);
    if (def.type === 'union') return (def.options ?? []).flatMap(collect);
    return [];
  };
  return [...new Set(collect(schemaAt(schema, path)))];
}

/** Edit distance, for "did you mean" hints on misspelt keys and slugs. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(wanted.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** Zod's own messages start like this; anything else is a message we wrote in a schema. */
const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(message);

const issueMessage = (issue: z.core.$ZodIssue, received: unknown): string => {
  const got = ` — got ${show(received)}`;
  if (!isDefaultMessage(issue.message) && received !== undefined) {
    const mentionsValue = typeof received !== 'object' && issue.message.includes(String(received));
    return mentionsValue ? issue.message : `${issue.message}${got}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return `is required${issue.expected ? ` (${issue.expected})` : ''}`;
      return `must be ${issue.expected === 'object' ? 'a mapping of fields' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}${got}`;
    case 'unrecognized_keys':
      return `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}${got}`;
    case 'too_small':
      if (issue.origin === 'array')
        return `must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}${got}`;
      if (issue.origin === 'string')
        return received === '' ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters${got}`;
      return `must be at least ${String(issue.minimum)}${got}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${got}`;
    case 'invalid_union':
      return `does not match any allowed form${got}`;
    default: {
      const message = issue.message.startsWith('Invalid input') ? 'is not valid' : issue.message;
      return issue.code === 'custom' ? message : `${message}${got}`;
    }
  }
};

/** Converts a failed parse into problems, one per issue, naming the field and hinting from its description. */
export function problemsFromZod(file: string, schema: z.ZodType, data: unknown, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const received = valueAt(data, path);
    // A union error on `unknown`-or-object fields is clearer when reported from the branch that was meant.
    if (issue.code === 'invalid_union' && received && typeof received === 'object') {
      const inner = issue.errors
        .map((branch) => branch.filter((sub) => sub.code !== 'invalid_type' || sub.path.length > 0))
        .find((b) => b.length > 0);
      if (inner?.length) {
        const sub = inner[0]!;
        const subPath = [...path, ...sub.path];
        return {
          file,
          field: formatPath(subPath),
          message: issueMessage(sub, valueAt(data, subPath)),
          hint: describeAt(schema, subPath),
        };
      }
    }
    const field = formatPath(path);
    let hint = describeAt(schema, path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      const guess = closest(issue.keys[0]!, allowed);
      hint = `${guess ? `did you mean '${guess}'? ` : ''}allowed here: ${allowed.join(', ')} (see docs/fields.md)`;
    }
    return { file, field, message: issueMessage(issue, received), hint };
  });
}
