// The parts of a zod 4 schema's internal definition that our tools read: the validator's hints (errors.ts) walk a
// schema to the field that failed, and the field reference (lib/content/field-reference.ts) describes every field.
import type { z } from 'astro/zod';

export type ZodDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  defaultValue?: unknown;
  checks?: {
    _zod: {
      def: {
        check: string;
        minimum?: number;
        maximum?: number;
        inclusive?: boolean;
        format?: string;
        pattern?: RegExp;
      };
    };
  }[];
};

/** A schema's definition (zod keeps it on `_zod.def`; it is the same object across `.describe()` clones). */
export const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
