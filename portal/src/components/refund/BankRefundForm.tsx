import {
  BANK_REFERENCE_MAX,
  bankRefundRules,
  convertedFrom,
  formatFen,
  yuanNumber,
} from '@pvis/config';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { applyFieldErrors } from '../form-errors';
import { dayOfPicked, fenOfYuan } from '../form-values';
import { useSchemaField } from '../schema-rules';
import type { Refund } from './types';

interface Values {
  refundedYuan: number;
  bankReference: string;
  refundedOn: Dayjs;
}

const FIELDS = ['bankReference', 'refundedOn'] as const;

/**
 * 登记银行退款: finance refunded a transfer at the bank and records what reached the payer; the
 * exchange-rate difference (fee − refunded) is shown as it is typed and kept by the server.
 */
export const BankRefundForm = ({
  refund,
  onDone,
}: {
  refund: Refund;
  onDone: (updated: Refund) => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string | null>(null);
  const field = useSchemaField();
  const rules = useMemo(() => bankRefundRules(refund.amountFen, new Date()), [refund.amountFen]);
  const typed = Form.useWatch('refundedYuan', form);
  const refundedFen = typeof typed === 'number' ? Math.round(typed * 100) : null;

  const save = async (values: Values) => {
    setBusy(true);
    setOther(null);
    try {
      const body = await request<{ data: Refund }>(
        `/api/refunds/${refund.documentId}/bank-refund`,
        {
          method: 'POST',
          body: {
            data: {
              refundedAmountFen: fenOfYuan(values.refundedYuan),
              bankReference: values.bankReference,
              refundedOn: dayOfPicked(values.refundedOn),
            },
          },
        },
      );
      onDone(body.data);
    } catch (error) {
      // The amount is typed in yuan; its server field is in fen.
      const amountError = (error as ApiError).errors?.refundedAmountFen;
      if (amountError) form.setFields([{ name: 'refundedYuan', errors: [amountError] }]);
      const rest = applyFieldErrors(form, error, FIELDS)
        .filter((p) => p.field !== 'refundedAmountFen')
        .map((p) => p.message);
      if (rest.length > 0 || !(error as ApiError).errors) {
        setOther(rest.join('；') || (error as ApiError).message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('refunds.bankRefund')} data-testid="bank-refund-form">
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ refundedYuan: yuanNumber(refund.amountFen), refundedOn: dayjs() }}
        style={{ maxWidth: 420 }}
      >
        <Form.Item
          name="refundedYuan"
          label={t('refunds.refundedAmountYuan')}
          {...field(convertedFrom(fenOfYuan, rules.refundedAmountFen))}
        >
          <InputNumber
            min={0.01}
            max={yuanNumber(refund.amountFen)}
            precision={2}
            style={{ width: '100%' }}
            data-testid="bank-refund-amount"
          />
        </Form.Item>
        {refundedFen !== null && (
          <Typography.Paragraph data-testid="exchange-rate-difference">
            {t('refunds.exchangeRateDifference')}：{formatFen(refund.amountFen - refundedFen)}
          </Typography.Paragraph>
        )}
        <Form.Item
          name="bankReference"
          label={t('refunds.bankReference')}
          {...field(rules.bankReference)}
        >
          <Input maxLength={BANK_REFERENCE_MAX} data-testid="bank-refund-reference" />
        </Form.Item>
        <Form.Item
          name="refundedOn"
          label={t('refunds.refundedOn')}
          {...field(convertedFrom(dayOfPicked, rules.refundedOn))}
        >
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        {other && <Alert type="error" showIcon message={other} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="bank-refund-save">
          {t('refunds.recordBankRefund')}
        </Button>
      </Form>
    </Card>
  );
};
