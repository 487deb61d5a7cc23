// Turns zod issues into messages an editor can act on: file, field path, expectation, what was found, hint.
import type { z } from 'astro/zod';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  hint?: string;
}

export const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

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
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Walks the schema along a path to find the field's `.describe()` text, which doubles as the hint. */
export function describeAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let node: z.ZodType | undefined = schema;
  let found = schema.description;
  const step = (current: z.ZodType, key: PropertyKey): z.ZodType | undefined => {
    const def = defOf(current);
    switch (def.type) {
      case 'object':
        return typeof key === 'string' ? def.shape?.[key] : undefined;
      case 'array':
        return typeof key === 'number' ? def.element : undefined;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
        return def.innerType && step(def.innerType, key);
      case 'pipe':
        return (def.in && step(def.in, key)) ?? (def.out && step(def.out, key));
      case 'union':
        for (const option of def.options ?? []) {
          const next = step(option, key);
          if (next) return next;
        }
        return undefined;
      default:
        return undefined;
    }
  };
  for (const key of path) {
    node = node && step(node, key);
    if (!node) break;
    found = node.description ?? found;
  }
  return node ? (node.description ?? found) : found;
}

const issueMessage = (issue: z.core.$ZodIssue, received: unknown): string => {
  const got = ` — got ${show(received)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return `is required${issue.expected ? ` (${issue.expected})` : ''}`;
      return `must be ${issue.expected === 'object' ? 'a mapping of fields' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}${got}`;
    case 'unrecognized_keys':
      return `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}${got}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}${got}`;
      if (issue.origin === 'string') return received === '' ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters${got}`;
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
      const inner = issue.errors.map((branch) => branch.filter((sub) => sub.code !== 'invalid_type' || sub.path.length > 0)).find((b) => b.length > 0);
      if (inner?.length) {
        const sub = inner[0]!;
        const subPath = [...path, ...sub.path];
        return { file, field: formatPath(subPath), message: issueMessage(sub, valueAt(data, subPath)), hint: describeAt(schema, subPath) };
      }
    }
    const field = issue.code === 'unrecognized_keys' ? formatPath(path) : formatPath(path);
    const hint =
      issue.code === 'unrecognized_keys'
        ? `remove or rename it; allowed fields are listed in docs/fields.md${describeAt(schema, path) ? ` (${field || 'top level'}: ${describeAt(schema, path)})` : ''}`
        : describeAt(schema, path);
    return { file, field, message: issueMessage(issue, received), hint };
  });
}
