import { UploadOutlined } from '@ant-design/icons';
import { convertedFrom, remittanceLimits, remittanceRules, yuanDecimal } from '@pvis/config';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { applyFieldErrors } from '../form-errors';
import { dayOfPicked, fenOfYuan } from '../form-values';
import { useSchemaField } from '../schema-rules';
import type { OrderTransfer } from './types';

interface Values {
  payerName: string;
  payerAccount: string;
  payerBank: string;
  amountYuan: string;
  remittedOn: Dayjs;
  /** The voucher is held in state; the field only carries its errors. */
  file?: unknown;
}

const FIELDS = ['payerName', 'payerAccount', 'payerBank', 'amountFen', 'remittedOn', 'file'];

/**
 * 汇款信息: payer name, account, bank, amount (yuan on screen, fen to the server), date and the
 * voucher (jpg/png/PDF; the server judges it by content). The server's field errors land on
 * the fields, in the UI language.
 */
export const RemittanceForm = ({
  orderId,
  amountFen,
  onSent,
}: {
  orderId: string;
  amountFen: number;
  onSent: (transfer: OrderTransfer) => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useSchemaField();
  const rules = useMemo(() => remittanceRules(new Date()), []);

  const submit = async (values: Values) => {
    setProblem(null);
    if (!file) {
      form.setFields([{ name: 'file', errors: [t('transfers.voucherRequired')] }]);
      return;
    }
    const body = new FormData();
    body.append('payerName', values.payerName);
    body.append('payerAccount', values.payerAccount);
    body.append('payerBank', values.payerBank);
    body.append('amountFen', String(fenOfYuan(values.amountYuan) ?? ''));
    body.append('remittedOn', String(dayOfPicked(values.remittedOn)));
    body.append('file', file, file.name);
    setBusy(true);
    try {
      const sent = await request<{ data: OrderTransfer }>(
        `/api/badge-orders/${orderId}/remittances`,
        { method: 'POST', body },
      );
      onSent(sent.data);
    } catch (error) {
      // amountFen is shown on the yuan field.
      const fenError = (error as ApiError).errors?.amountFen;
      if (fenError) form.setFields([{ name: 'amountYuan', errors: [fenError] }]);
      const rest = applyFieldErrors(form, error, FIELDS);
      if (rest.length > 0 || !(error as ApiError).errors) setProblem((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="remittance"
      onFinish={(values) => void submit(values)}
      initialValues={{ amountYuan: yuanDecimal(amountFen), remittedOn: dayjs() }}
      style={{ maxWidth: 560 }}
    >
      <Form.Item label={t('transfers.payerName')} name="payerName" {...field(rules.payerName)}>
        <Input maxLength={remittanceLimits.payerName} data-testid="remittance-payer-name" />
      </Form.Item>
      <Form.Item
        label={t('transfers.payerAccount')}
        name="payerAccount"
        {...field(rules.payerAccount)}
      >
        <Input maxLength={40} inputMode="numeric" data-testid="remittance-payer-account" />
      </Form.Item>
      <Form.Item label={t('transfers.payerBank')} name="payerBank" {...field(rules.payerBank)}>
        <Input maxLength={remittanceLimits.payerBank} data-testid="remittance-payer-bank" />
      </Form.Item>
      <Form.Item
        label={t('transfers.amountYuan')}
        name="amountYuan"
        {...field(convertedFrom(fenOfYuan, rules.amountFen))}
      >
        <InputNumber<string>
          stringMode
          min="0.01"
          precision={2}
          prefix="¥"
          style={{ width: 200 }}
          data-testid="remittance-amount"
        />
      </Form.Item>
      <Form.Item
        label={t('transfers.remittedOn')}
        name="remittedOn"
        {...field(convertedFrom(dayOfPicked, rules.remittedOn))}
      >
        <DatePicker
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          data-testid="remittance-date"
        />
      </Form.Item>
      <Form.Item
        label={t('transfers.voucher')}
        name="file"
        extra={t('transfers.voucherHelp')}
        required
      >
        <Upload
          accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            form.setFields([{ name: 'file', errors: [] }]);
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />} data-testid="remittance-voucher">
            {t('transfers.chooseVoucher')}
          </Button>
        </Upload>
      </Form.Item>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="remittance-submit">
        {t('transfers.submit')}
      </Button>
    </Form>
  );
};
