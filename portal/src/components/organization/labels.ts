import { organizationCategories, type VocabularyEntry } from '@pvis/config';
import type { Delegation } from './types';

const isEnglish = (language: string) => language === 'en';

/** The zh or en label of a vocabulary code (the code itself when unknown). */
export const labelOf = (
  vocabulary: readonly VocabularyEntry[],
  code: string | null | undefined,
  language: string,
): string => {
  if (!code) return '';
  const entry = vocabulary.find((v) => v.code === code);
  if (!entry) return code;
  return isEnglish(language) ? entry.en : entry.zh;
};

/** Whether an organization category is domestic: config's rule, under the portal's name. */
export { isDomesticOrganization as isDomesticCategory } from '@pvis/config';

export const delegationName = (
  delegation: Pick<Delegation, 'nameZh' | 'nameEn'> | null | undefined,
  language: string,
): string => (delegation ? (isEnglish(language) ? delegation.nameEn : delegation.nameZh) : '');

/** Categories grouped 境内 / 境外 for a Select. */
export const categoryOptions = (
  language: string,
  groupLabels: { domestic: string; overseas: string },
) =>
  [true, false].map((domestic) => ({
    label: domestic ? groupLabels.domestic : groupLabels.overseas,
    title: domestic ? groupLabels.domestic : groupLabels.overseas,
    options: organizationCategories
      .filter((c) => c.domestic === domestic)
      .map((c) => ({ value: c.code, label: isEnglish(language) ? c.en : c.zh })),
  }));

/** Select options of a vocabulary in the UI language, optionally only some codes. */
export const vocabularyOptions = (
  vocabulary: readonly VocabularyEntry[],
  language: string,
  only?: readonly string[],
) =>
  vocabulary
    .filter((v) => !only || only.includes(v.code))
    .map((v) => ({ value: v.code, label: labelOf(vocabulary, v.code, language) }));
