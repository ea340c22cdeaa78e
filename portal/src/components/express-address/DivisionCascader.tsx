import { Alert, Cascader } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDivisions } from './divisions';

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}

/**
 * Province → city → district (省 / 市 / 区县) for a Form.Item; the data set is fetched when the
 * picker is first rendered, i.e. when a form opens, not with the page.
 */
export const DivisionCascader = ({ value, onChange, id }: Props) => {
  const { t } = useTranslation();
  const { options, failed } = useDivisions();
  if (failed) return <Alert type="error" showIcon message={t('addresses.divisionsFailed')} />;
  return (
    <Cascader
      id={id}
      value={value}
      onChange={(codes) => onChange?.(codes as string[])}
      options={options ?? []}
      loading={!options}
      placeholder={t('addresses.divisionPlaceholder')}
      showSearch={{
        filter: (input, path) => path.some((o) => String(o.label).includes(input.trim())),
      }}
      data-testid="address-division"
    />
  );
};
