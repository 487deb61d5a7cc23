// Figures are shown at the precision the source printed them.
import { describe, expect, it } from 'vitest';
import { factValue, showDate } from '../../src/lib/content/facts.ts';

describe('factValue', () => {
  it('keeps "30余名" as 30+', () => expect(factValue({ value: 30, unit: '名', precision: 'more-than' })).toBe('30+名'));
  it('keeps "近2万人" as about 20,000', () =>
    expect(factValue({ value: 20000, unit: '人', precision: 'about' })).toBe('约20,000人'));
  it('marks 以上 as at-least', () =>
    expect(factValue({ value: 6, unit: '个', precision: 'at-least' })).toBe('6个以上'));
  it('shows exact figures as printed', () =>
    expect(factValue({ value: 228, unit: '家', precision: 'exact' })).toBe('228家'));
  it('shows text facts unchanged', () =>
    expect(factValue({ value: '晋江市第二医院', precision: 'text' })).toBe('晋江市第二医院'));
});

describe('showDate', () => {
  it('shows unknown dates as 未公布', () => expect(showDate('unknown')).toBe('未公布'));
  it('shows dates at the precision given', () => {
    expect(showDate('2023')).toBe('2023年');
    expect(showDate('2023-05')).toBe('2023年05月');
    expect(showDate('2023-05-01')).toBe('2023年05月01日');
  });
});
