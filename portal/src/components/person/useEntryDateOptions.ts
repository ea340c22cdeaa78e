import { formatFen } from '@pvis/config';
import { useList } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { EntryDateOption } from './types';

/** The current edition's entry-date options (入场日期), labelled in the UI language. */
export const useEntryDateOptions = () => {
  const { i18n } = useTranslation();
  const { result } = useList<{ entryDateOptions?: EntryDateOption[] }>({
    resource: 'editions',
    filters: [{ field: 'current', operator: 'eq', value: true }],
    pagination: { mode: 'off' },
    meta: { fields: ['number'], populate: { entryDateOptions: true } },
  });
  const options = result?.data?.[0]?.entryDateOptions ?? [];
  return options.map((o) => ({
    value: o.code,
    label: `${i18n.language === 'en' ? o.labelEn : o.labelZh} · ${formatFen(o.feeFen)}`,
  }));
};
