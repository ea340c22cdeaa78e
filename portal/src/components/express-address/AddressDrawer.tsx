import { expressAddressLimits, expressAddressRules } from '@pvis/config';
import { Button, Drawer, Form, Grid, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../account/FormError';
import { fieldProblemsOf } from '../form-errors';
import { useSchemaField } from '../schema-rules';
import { DivisionCascader } from './DivisionCascader';
import {
  DIVISION_FIELDS,
  type ExpressAddress,
  type ExpressAddressInput,
  toFormValues,
} from './types';

const FORM_FIELDS: (keyof ExpressAddressInput)[] = [
  'division',
  'street',
  'recipient',
  'mobile',
  'postcode',
];

/** The server answers per code; the form has one picker for the three. */
const formFieldOf = (field: string): keyof ExpressAddressInput | null => {
  if ((DIVISION_FIELDS as readonly string[]).includes(field)) return 'division';
  return FORM_FIELDS.find((f) => f === field) ?? null;
};

interface Props {
  open: boolean;
  /** The address being edited, or null to add one. */
  address: ExpressAddress | null;
  onClose: () => void;
  /** Saves; rejects with the cms's ApiError to show its field errors. */
  onSave: (values: ExpressAddressInput) => Promise<void>;
}

/** Add or edit an express address (新增 / 编辑常用地址), in a drawer that fills a phone screen. */
export const AddressDrawer = ({ open, address, onClose, onSave }: Props) => {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ExpressAddressInput>();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const field = useSchemaField();

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    if (address) form.setFieldsValue(toFormValues(address));
  }, [open, address, form]);

  const submit = async (values: ExpressAddressInput) => {
    setSaving(true);
    setFormError(null);
    try {
      await onSave(values);
    } catch (error) {
      const problems = fieldProblemsOf(error).map((p) => ({ ...p, name: formFieldOf(p.field) }));
      const onForm = problems.flatMap(({ name, message }) => (name ? [{ name, message }] : []));
      form.setFields(onForm.map((p) => ({ name: p.name, errors: [p.message] })));
      const elsewhere = problems.filter((p) => !p.name);
      if (elsewhere.length > 0) setFormError(elsewhere.map((p) => p.message).join('；'));
      else if (onForm.length === 0) setFormError((error as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      width={screens.sm ? 480 : '100%'}
      title={address ? t('addresses.edit') : t('addresses.add')}
      data-testid="address-drawer"
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('addresses.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            onClick={() => form.submit()}
            data-testid="address-save"
          >
            {t('addresses.save')}
          </Button>
        </Space>
      }
    >
      <FormError message={formError} testId="address-form-error" />
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          name="division"
          label={t('addresses.division')}
          rules={[{ required: true, message: t('addresses.divisionRequired') }]}
        >
          <DivisionCascader />
        </Form.Item>
        <Form.Item
          name="street"
          label={t('addresses.street')}
          {...field(expressAddressRules.street)}
        >
          <Input.TextArea
            maxLength={expressAddressLimits.street}
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={t('addresses.streetPlaceholder')}
            data-testid="address-street"
          />
        </Form.Item>
        <Form.Item
          name="recipient"
          label={t('addresses.recipient')}
          {...field(expressAddressRules.recipient)}
        >
          <Input
            maxLength={expressAddressLimits.recipient}
            autoComplete="name"
            data-testid="address-recipient"
          />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('addresses.mobile')}
          {...field(expressAddressRules.mobile)}
        >
          <Input
            maxLength={11}
            inputMode="numeric"
            autoComplete="tel"
            data-testid="address-mobile"
          />
        </Form.Item>
        <Form.Item
          name="postcode"
          label={t('addresses.postcode')}
          {...field(expressAddressRules.postcode)}
        >
          <Input
            maxLength={6}
            inputMode="numeric"
            autoComplete="postal-code"
            data-testid="address-postcode"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
};
