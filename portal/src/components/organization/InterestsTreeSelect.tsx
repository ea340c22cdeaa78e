import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type TaxonomyNode, taxonomyTree, useTaxonomy } from './reference-data';

/** 感兴趣的行业和产品: check areas, categories or single items; the value is the item ids. */
export const InterestsTreeSelect = ({
  value,
  onChange,
  id,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}) => {
  const { t, i18n } = useTranslation();
  const { data, isLoading } = useTaxonomy();
  const treeData = useMemo(() => taxonomyTree(data, i18n.language), [data, i18n.language]);
  const itemIds = useMemo(() => {
    const ids = new Set<string>();
    const walk = (nodes: TaxonomyNode[]) => {
      for (const n of nodes) {
        if (n.isItem) ids.add(n.value);
        if (n.children) walk(n.children);
      }
    };
    walk(treeData);
    return ids;
  }, [treeData]);
  return (
    <TreeSelect
      id={id}
      data-testid="interests-select"
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next.filter((v) => itemIds.has(v)))}
      treeData={treeData}
      loading={isLoading}
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_CHILD}
      showSearch
      treeNodeFilterProp="title"
      maxTagCount="responsive"
      placeholder={t('registration.interestsPlaceholder')}
      listHeight={360}
      style={{ width: '100%' }}
      fieldNames={{ label: 'title', value: 'value', children: 'children' }}
    />
  );
};
