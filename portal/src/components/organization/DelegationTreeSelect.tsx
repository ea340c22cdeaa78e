import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { delegationTree, useDelegations } from './reference-data';

/**
 * 交易团 / 分团 picker with search. `pathPrefix` limits it to a subtree (a reviewer's own);
 * `valueField: 'path'` makes the value the delegation's path (for `delegationPath` filters).
 */
export const DelegationTreeSelect = ({
  value,
  onChange,
  pathPrefix,
  valueField = 'documentId',
  placeholder,
  allowClear = true,
  id,
  disabled,
  'data-testid': testId,
}: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  pathPrefix?: string | null;
  valueField?: 'documentId' | 'path';
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  disabled?: boolean;
  'data-testid'?: string;
}) => {
  const { t, i18n } = useTranslation();
  const { data, isLoading } = useDelegations(pathPrefix);
  const treeData = useMemo(() => {
    const tree = delegationTree(data ?? [], i18n.language);
    if (valueField === 'documentId') return tree;
    const byPath = (nodes: typeof tree): typeof tree =>
      nodes.map((n) => ({
        ...n,
        value: n.delegation.path,
        children: n.children ? byPath(n.children) : undefined,
      }));
    return byPath(tree);
  }, [data, i18n.language, valueField]);
  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData}
      loading={isLoading}
      disabled={disabled}
      showSearch
      allowClear={allowClear}
      treeNodeFilterProp="title"
      placeholder={placeholder ?? t('registration.delegationPlaceholder')}
      treeDefaultExpandAll={Boolean(pathPrefix)}
      popupMatchSelectWidth
      listHeight={320}
      style={{ width: '100%' }}
      fieldNames={{ label: 'title', value: 'value', children: 'children' }}
    />
  );
};
