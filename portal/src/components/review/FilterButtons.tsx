import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** 查询 and 重置 of a review list's search form; 重置 clears every field, the status too. */
export const FilterButtons = <T extends { status?: string[] }>({
  form,
}: {
  form: FormInstance<T>;
}) => {
  const { t } = useTranslation();
  return (
    <Form.Item>
      <Space wrap>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SearchOutlined />}
          data-testid="filter-submit"
        >
          {t('review.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ status: [] } as unknown as Parameters<
              typeof form.setFieldsValue
            >[0]);
            form.submit();
          }}
        >
          {t('review.resetFilters')}
        </Button>
      </Space>
    </Form.Item>
  );
};
