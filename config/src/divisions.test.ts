import { areaList } from '@vant/area-data';
import { describe, expect, it } from 'vitest';
import { divisionTree, resolveDivision } from './divisions';

const pudong = { provinceCode: '310000', cityCode: '310100', districtCode: '310115' };

describe('resolveDivision (GB/T 2260 codes from @vant/area-data)', () => {
  it('returns the names of a province, city and district that nest', () => {
    expect(resolveDivision(areaList, pudong)).toEqual({
      ok: true,
      division: { ...pudong, province: '上海市', city: '上海市', district: '浦东新区' },
    });
    expect(
      resolveDivision(areaList, {
        provinceCode: '410000',
        cityCode: '419000',
        districtCode: '419001',
      }),
    ).toMatchObject({ ok: true, division: { province: '河南省', district: '济源市' } });
  });

  it('asks for the first missing level', () => {
    expect(resolveDivision(areaList, { provinceCode: '310000', cityCode: '310100' })).toEqual({
      ok: false,
      problem: {
        field: 'districtCode',
        code: 'required',
        zh: '请选择区县',
        en: 'Choose the district',
      },
    });
  });

  it('refuses a code that is not in the data set', () => {
    expect(resolveDivision(areaList, { ...pudong, cityCode: '319900' })).toMatchObject({
      ok: false,
      problem: { field: 'cityCode', code: 'unknownDivision' },
    });
    expect(resolveDivision(areaList, { ...pudong, provinceCode: 'constructor' })).toMatchObject({
      ok: false,
      problem: { field: 'provinceCode', code: 'unknownDivision' },
    });
  });

  it('refuses a district of another city and a city of another province', () => {
    // 东城区 (Beijing) under Shanghai.
    expect(resolveDivision(areaList, { ...pudong, districtCode: '110101' })).toMatchObject({
      ok: false,
      problem: { field: 'districtCode', code: 'divisionMismatch' },
    });
    expect(
      resolveDivision(areaList, {
        provinceCode: '310000',
        cityCode: '320100',
        districtCode: '320102',
      }),
    ).toMatchObject({ ok: false, problem: { field: 'cityCode', code: 'divisionMismatch' } });
  });
});

describe('divisionTree', () => {
  it('nests every city and district under its parent, in code order', () => {
    const tree = divisionTree(areaList);
    expect(tree).toHaveLength(Object.keys(areaList.province_list).length);
    expect(tree[0]).toMatchObject({ value: '110000', label: '北京市' });
    const shanghai = tree.find((p) => p.value === '310000');
    const districts = shanghai?.children?.[0].children?.map((d) => d.label);
    expect(districts).toContain('浦东新区');
    const count = tree.flatMap((p) => p.children ?? []).flatMap((c) => c.children ?? []).length;
    expect(count).toBe(Object.keys(areaList.county_list).length);
  });
});
