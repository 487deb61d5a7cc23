// Shows figures at the precision they were printed: 30余 stays "30+", 近2万 stays "约20,000".
import type { Fact } from '../../schemas/fact.ts';

export function factValue(fact: Pick<Fact, 'value' | 'unit' | 'precision'>): string {
  const value = typeof fact.value === 'number' ? fact.value.toLocaleString('zh-CN') : fact.value;
  const unit = fact.unit ?? '';
  switch (fact.precision) {
    case 'more-than':
      return `${value}+${unit}`;
    case 'at-least':
      return `${value}${unit}以上`;
    case 'about':
      return `约${value}${unit}`;
    case 'less-than':
      return `不到${value}${unit}`;
    default:
      return `${value}${unit}`;
  }
}

/** A date or "unknown" as a reader sees it. */
export const showDate = (date: string) => (date === 'unknown' ? '未公布' : date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日').replace(/^(\d{4})-(\d{2})$/, '$1年$2月').replace(/^(\d{4})$/, '$1年'));
