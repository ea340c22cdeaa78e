import {
  invoiceKinds,
  invoiceRequestLimits,
  invoiceRequestRules,
  specialInvoiceFields,
} from '@pvis/config';
import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { applyFieldErrors } from '../form-errors';
import { labelOf } from '../organization/labels';
import { useSchemaField } from '../schema-rules';

/**
 * 申请开票: 数电普票 or 数电专票 (the special one asks for address, phone, bank and account). A
 * title paid from the organization's own account (B2B, transfer) is shown read-only: the server
 * fills it in. The server checks every field; its messages land on the fields.
 */
export const InvoiceRequestForm = ({
  orderId,
  lockedTitle,
  onRequested,
}: {
  orderId: string;
  /** The paying organization's name when the title cannot be changed. */
  lockedTitle: string | null;
  onRequested: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form) ?? 'ordinary';
  const field = useSchemaField();
  // The cms's rules for this kind: a 专票 needs the bank details.
  const rules = useMemo(() => invoiceRequestRules(kind, lockedTitle), [kind, lockedTitle]);

  const submit = async (values: Record<string, string | undefined>) => {
    setBusy(true);
    try {
      const data = { ...values, order: orderId, ...(lockedTitle ? { title: undefined } : {}) };
      await request('/api/invoices', { method: 'POST', body: { data } });
      message.success(t('invoices.requested'));
      onRequested();
    } catch (error) {
      const rest = applyFieldErrors(form, error, Object.keys(rules));
      if (rest.length > 0 || !(error as ApiError).errors)
        message.error((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  const special = kind === 'special';
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ kind: 'ordinary', title: lockedTitle ?? undefined }}
      onFinish={(values) => void submit(values)}
      data-testid="invoice-form"
      style={{ maxWidth: 640 }}
    >
      <Form.Item name="kind" label={t('invoices.kind')} {...field(rules.kind)}>
        <Radio.Group optionType="button" data-testid="invoice-kind">
          {invoiceKinds.map((k) => (
            <Radio.Button key={k.code} value={k.code} data-testid={`invoice-kind-${k.code}`}>
              {labelOf(invoiceKinds, k.code, i18n.language)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {lockedTitle && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('invoices.titleLocked')}
          data-testid="invoice-title-locked"
        />
      )}
      <Form.Item name="title" label={t('invoices.title')} {...field(rules.title)}>
        <Input
          disabled={!!lockedTitle}
          maxLength={invoiceRequestLimits.title}
          data-testid="invoice-title"
        />
      </Form.Item>
      <Form.Item name="taxNumber" label={t('invoices.taxNumber')} {...field(rules.taxNumber)}>
        <Input maxLength={20} data-testid="invoice-taxNumber" />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('invoices.email')}
        extra={t('invoices.emailHint')}
        {...field(rules.email)}
      >
        <Input type="email" data-testid="invoice-email" />
      </Form.Item>
      <Form.Item name="mobile" label={t('invoices.mobile')} {...field(rules.mobile)}>
        <Input maxLength={11} data-testid="invoice-mobile" />
      </Form.Item>
      {special &&
        specialInvoiceFields.map((name) => (
          <Form.Item key={name} name={name} label={t(`invoices.${name}`)} {...field(rules[name])}>
            <Input data-testid={`invoice-${name}`} />
          </Form.Item>
        ))}
      <Form.Item name="remarks" label={t('invoices.remarks')} {...field(rules.remarks)}>
        <Input.TextArea
          maxLength={invoiceRequestLimits.remarks}
          rows={2}
          data-testid="invoice-remarks"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="invoice-submit">
        {t('invoices.request')}
      </Button>
    </Form>
  );
};
