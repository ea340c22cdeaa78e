import { type DivisionOption, divisionTree } from '@pvis/config';
import { useEffect, useState } from 'react';

let loading: Promise<DivisionOption[]> | null = null;

/**
 * The province → city → district tree (GB/T 2260, the data set the cms checks against), loaded
 * on first use as its own chunk (~160 KB) so the rest of the portal does not carry it.
 */
export const loadDivisions = (): Promise<DivisionOption[]> => {
  loading ??= import('@vant/area-data').then(({ areaList }) => divisionTree(areaList));
  loading.catch(() => {
    loading = null; // a failed chunk download may be retried
  });
  return loading;
};

export const useDivisions = () => {
  const [options, setOptions] = useState<DivisionOption[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadDivisions().then(
      (tree) => live && setOptions(tree),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { options, failed };
};
