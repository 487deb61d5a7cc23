// One sourced statement with a figure: what, how many, how precise, as of when, and where it is printed.
import { z } from 'astro/zod';
import { citation, dateOrUnknown } from './common.ts';

export const factPrecisions = ['exact', 'more-than', 'at-least', 'about', 'less-than', 'text'] as const;

export const factSchema = z
  .strictObject({
    what: z.string().min(1).describe('What the figure counts, in plain Chinese, e.g. "服务居民人数".'),
    value: z
      .union([z.number(), z.string().min(1)])
      .describe('The figure as a number, or a short text when the fact is not a number.'),
    unit: z.string().optional().describe('Unit as printed: 人, 个, 平方米, 万元 …'),
    precision: z
      .enum(factPrecisions, { error: `must be one of ${factPrecisions.join(', ')}` })
      .default('exact')
      .describe(
        'How the source states it: `exact`; `more-than` for 余/多 ("30余名" → 30, more-than, shown 30+); `at-least` for 以上; `about` for 约/近; `less-than`; `text` when value is not a figure.',
      ),
    asOf: dateOrUnknown
      .default('unknown')
      .describe('When the figure held, as printed; `unknown` when the source does not say.'),
    topic: z.string().optional().describe('Optional heading to group facts on the page, e.g. "养老", "建设进度".'),
    quote: z
      .string()
      .optional()
      .describe('A short exact quotation, only where the wording itself matters (a slogan, a programme name).'),
    ...citation,
  })
  .describe('A sourced figure or statement.');

export type Fact = z.infer<typeof factSchema>;
