// China's administrative divisions (行政区划, GB/T 2260): province → city → district, six-digit
// codes that nest by prefix (31 0000 → 31 01 00 → 31 01 15). The data set is passed in (npm
// `@vant/area-data`, ~160 KB), so the portal can load it lazily and config stays free of data.

/** The shape of `areaList` in `@vant/area-data`: code → name, one map per level. */
export interface DivisionList {
  province_list: Record<string, string>;
  city_list: Record<string, string>;
  county_list: Record<string, string>;
}

export interface DivisionCodes {
  provinceCode: string;
  cityCode: string;
  districtCode: string;
}

/** The chosen division with its names, as an express address stores it. */
export interface Division extends DivisionCodes {
  province: string;
  city: string;
  district: string;
}

export interface DivisionProblem {
  field: keyof DivisionCodes;
  code: 'required' | 'unknownDivision' | 'divisionMismatch';
  zh: string;
  en: string;
}

/** One node of a cascading picker (antd Cascader's `value` / `label` / `children`). */
export interface DivisionOption {
  value: string;
  label: string;
  children?: DivisionOption[];
}

const LEVELS: { field: keyof DivisionCodes; zh: string; en: string }[] = [
  { field: 'provinceCode', zh: '省份', en: 'province' },
  { field: 'cityCode', zh: '城市', en: 'city' },
  { field: 'districtCode', zh: '区县', en: 'district' },
];

/** A city's code shares the province's first 2 digits; a district's the city's first 4. */
const parentPrefix = [0, 2, 4] as const;

const mapsOf = (list: DivisionList) => [list.province_list, list.city_list, list.county_list];

/**
 * Checks that the three codes exist in the data set and nest, and returns them with their
 * names; or the first problem, on the field the person has to change.
 */
export function resolveDivision(
  list: DivisionList,
  codes: Partial<Record<keyof DivisionCodes, unknown>>,
): { ok: true; division: Division } | { ok: false; problem: DivisionProblem } {
  const maps = mapsOf(list);
  const names: string[] = [];
  let parent = '';
  for (const [level, { field, zh, en }] of LEVELS.entries()) {
    const code = codes[field];
    if (typeof code !== 'string' || code === '') {
      return {
        ok: false,
        problem: { field, code: 'required', zh: `请选择${zh}`, en: `Choose the ${en}` },
      };
    }
    const name = Object.hasOwn(maps[level], code) ? maps[level][code] : undefined;
    if (!name) {
      return {
        ok: false,
        problem: {
          field,
          code: 'unknownDivision',
          zh: `${zh}代码不存在`,
          en: `Unknown ${en} code`,
        },
      };
    }
    if (level > 0 && code.slice(0, parentPrefix[level]) !== parent.slice(0, parentPrefix[level])) {
      return {
        ok: false,
        problem: {
          field,
          code: 'divisionMismatch',
          zh: `所选${zh}不属于上一级行政区`,
          en: `The ${en} is not in the chosen ${LEVELS[level - 1].en}`,
        },
      };
    }
    names.push(name);
    parent = code;
  }
  return {
    ok: true,
    division: {
      provinceCode: String(codes.provinceCode),
      cityCode: String(codes.cityCode),
      districtCode: String(codes.districtCode),
      province: names[0],
      city: names[1],
      district: names[2],
    },
  };
}

/** The whole tree for a cascading picker, in code order. */
export function divisionTree(list: DivisionList): DivisionOption[] {
  const [provinces, cities, districts] = mapsOf(list).map((map) =>
    Object.entries(map).sort(([a], [b]) => a.localeCompare(b)),
  );
  const byPrefix = (entries: [string, string][], prefix: number) => {
    const groups = new Map<string, [string, string][]>();
    for (const entry of entries) {
      const key = entry[0].slice(0, prefix);
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    return (code: string) => groups.get(code.slice(0, prefix)) ?? [];
  };
  const citiesOf = byPrefix(cities, 2);
  const districtsOf = byPrefix(districts, 4);
  return provinces.map(([provinceCode, province]) => ({
    value: provinceCode,
    label: province,
    children: citiesOf(provinceCode).map(([cityCode, city]) => ({
      value: cityCode,
      label: city,
      children: districtsOf(cityCode).map(([value, label]) => ({ value, label })),
    })),
  }));
}
