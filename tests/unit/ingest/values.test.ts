// How cell text becomes a number: separators, full width, percent, brackets, footnotes, missing markers, units.
import { describe, expect, it } from 'vitest';
import { normaliseName, normaliseRegion } from '../../../shared/base';
import { convertUnit, parseNumberText, splitNameAndUnit, unitFromUnitLine } from '../../../shared/workbook';

describe('parseNumberText', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['１２３４．５', 1234.5],
    ['－３.２', -3.2],
    ['(12.3)', -12.3],
    ['（12.3）', -12.3],
    ['1.2E+3', 1200],
    ['3.5e-2', 0.035],
    [' 42 ', 42],
    ['+7', 7],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ kind: 'number', value });
  });

  it('keeps the percent or per-mille sign as the value unit', () => {
    expect(parseNumberText('3.1%')).toEqual({ kind: 'number', value: 3.1, unit: '%' });
    expect(parseNumberText('３.１％')).toEqual({ kind: 'number', value: 3.1, unit: '%' });
    expect(parseNumberText('31.2‰')).toEqual({ kind: 'number', value: 31.2, unit: '‰' });
  });

  it.each([
    ['3.1①', '①'],
    ['3.1*', '*'],
    ['3.1a', 'a'],
    ['1,200⑫', '⑫'],
  ])('removes and records the footnote mark of %s', (text, mark) => {
    expect(parseNumberText(text)).toMatchObject({ kind: 'number', footnote: mark });
    expect((parseNumberText(text) as { value: number }).value).toBe(Number(text.replace(/[^\d.]/g, '')));
  });

  it.each(['—', '——', '-', '…', '...', 'x', 'X', '×', '', '  '])('treats %j as missing, never 0', (text) => {
    expect(parseNumberText(text)).toEqual({ kind: 'missing' });
  });

  it.each(['增长', '约为三', '1.2.3', '12,34', '(5'])('does not read %j as a number', (text) => {
    expect(parseNumberText(text)).toEqual({ kind: 'text' });
  });
});

describe('units', () => {
  it('converts within a family and divides exactly when going to a larger unit', () => {
    expect(convertUnit(12345, '万元', '亿元')).toBe(1.2345);
    expect(convertUnit(1.2345, '亿元', '万元')).toBe(12345);
    expect(convertUnit(2, '万亿元', '亿元')).toBe(20000);
    expect(convertUnit(3, '万人', '人')).toBe(30000);
    expect(convertUnit(31.2, '‰', '%')).toBe(3.12);
    expect(convertUnit(3.12, '%', '‰')).toBe(31.2);
  });

  it('converts a count only to the same count unit', () => {
    expect(convertUnit(5, '家', '家')).toBe(5);
    expect(convertUnit(5, '个', '家')).toBeNull();
    expect(convertUnit(5, '件', '项')).toBeNull();
    expect(convertUnit(5, '万元', '%')).toBeNull();
  });

  it('reads units from a 单位 line and from brackets', () => {
    expect(unitFromUnitLine('单位：亿元')).toBe('亿元');
    expect(unitFromUnitLine('单 位: %')).toBe('%');
    expect(unitFromUnitLine('技术合同成交额')).toBeNull();
    expect(splitNameAndUnit('支出额（亿元）')).toEqual({ name: '支出额', unit: '亿元' });
    expect(splitNameAndUnit('研究与试验发展(R&D)经费')).toEqual({ name: '研究与试验发展(R&D)经费' });
  });
});

describe('name normalisation', () => {
  it('folds width, spaces, brackets and the written-out R&D', () => {
    expect(normaliseName('研究与试验发展(R&D)经费投入强度')).toBe(normaliseName('R&D经费投入强度'));
    expect(normaliseName('研究与试验发展经费投入强度')).toBe(normaliseName('Ｒ＆Ｄ 经费投入强度'));
    expect(normaliseName('技术合同成交额（亿元）')).not.toBe(normaliseName('技术合同成交额'));
    expect(normaliseName('其中：技术合同成交额')).toBe(normaliseName('技术合同成交额'));
  });

  it('removes inner and full-width spaces from region names', () => {
    expect(normaliseRegion('黄 埔 区')).toBe('黄埔区');
    expect(normaliseRegion('黄\u3000埔\u3000区')).toBe('黄埔区');
    expect(normaliseRegion('  全    市 ')).toBe('全市');
  });
});
