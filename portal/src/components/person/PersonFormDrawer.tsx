import { UploadOutlined } from '@ant-design/icons';
import {
  genders,
  idTypes,
  idTypesByRegion,
  personFieldLimits as limits,
  personFormRules,
  personTags,
  regionTypes,
} from '@pvis/config';
import { App, Button, Drawer, Form, Input, Select, Space, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';
import { FormError } from '../account/FormError';
import { PrivateImage, personalFileUrl } from '../files/PrivateImage';
import { applyFieldErrors } from '../form-errors';
import { vocabularyOptions } from '../organization/labels';
import { useSchemaField } from '../schema-rules';
import type { Person } from './types';
import { useEntryDateOptions } from './useEntryDateOptions';

const FIELDS = [
  'name',
  'gender',
  'regionType',
  'idType',
  'idNumber',
  'position',
  'personTag',
  'entryDateOption',
  'mobile',
  'email',
] as const;

/**
 * 添加人员 / 编辑人员: the ID types offered follow the region type; the server checks the
 * number and answers field by field. The ID photo goes up once the person exists.
 */
export const PersonFormDrawer = ({
  person,
  open,
  onClose,
  onSaved,
}: {
  /** The full record (not the masked list row) when editing; null to add. */
  person: Person | null;
  open: boolean;
  onClose: () => void;
  onSaved: (person: Person) => void;
}) => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<Person | null>(person);
  const entryDates = useEntryDateOptions();
  const regionType = Form.useWatch('regionType', form) as keyof typeof idTypesByRegion | undefined;
  const lang = i18n.language;
  const field = useSchemaField();
  const rules = personFormRules(regionType);

  useEffect(() => {
    if (!open) return;
    setSaved(person);
    setProblem(null);
    form.resetFields();
    form.setFieldsValue(person ?? { regionType: 'mainland', idType: 'residentId' });
  }, [open, person, form]);

  const save = async (values: Record<string, unknown>) => {
    setSaving(true);
    setProblem(null);
    try {
      const data = Object.fromEntries(FIELDS.map((f) => [f, values[f] ?? null]));
      const body = await request<{ data: Person }>(
        saved ? `/api/persons/${saved.documentId}` : '/api/persons',
        { method: saved ? 'PUT' : 'POST', body: { data } },
      );
      setSaved(body.data);
      message.success(t('persons.saved'));
      onSaved(body.data);
    } catch (error) {
      const others = applyFieldErrors(form, error, FIELDS);
      setProblem(others.map((p) => p.message).join('；') || (error as ApiError).message);
    } finally {
      setSaving(false);
    }
  };

  const uploadPhoto = async (file: File) => {
    if (!saved) return;
    const body = new FormData();
    body.append('file', file);
    try {
      const answer = await request<{ data: Person }>(`/api/persons/${saved.documentId}/photo`, {
        method: 'POST',
        body,
      });
      setSaved(answer.data);
      message.success(t('persons.photoSaved'));
      onSaved(answer.data);
    } catch (error) {
      message.error((error as ApiError).message);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={Math.min(560, window.innerWidth)}
      title={saved ? t('persons.edit') : t('persons.add')}
      destroyOnClose
      extra={
        <Button
          type="primary"
          loading={saving}
          onClick={() => form.submit()}
          data-testid="person-save"
        >
          {t('buttons.save')}
        </Button>
      }
    >
      <Form form={form} name="person" layout="vertical" onFinish={save} data-testid="person-form">
        <FormError message={problem} testId="person-form-error" />
        <Form.Item name="name" label={t('persons.name')} {...field(rules.name)}>
          <Input maxLength={limits.name} />
        </Form.Item>
        <Form.Item name="gender" label={t('persons.gender')}>
          <Select options={vocabularyOptions(genders, lang)} allowClear />
        </Form.Item>
        <Form.Item name="regionType" label={t('persons.regionType')} rules={[{ required: true }]}>
          <Select
            options={vocabularyOptions(regionTypes, lang)}
            onChange={(value: keyof typeof idTypesByRegion) =>
              form.setFieldValue('idType', idTypesByRegion[value][0])
            }
          />
        </Form.Item>
        <Form.Item name="idType" label={t('persons.idType')} rules={[{ required: true }]}>
          <Select
            options={vocabularyOptions(
              idTypes,
              lang,
              regionType ? idTypesByRegion[regionType] : undefined,
            )}
          />
        </Form.Item>
        <Form.Item name="idNumber" label={t('persons.idNumber')} {...field(rules.idNumber)}>
          <Input maxLength={limits.idNumber} data-testid="person-id-number" />
        </Form.Item>
        <Form.Item name="position" label={t('persons.position')} {...field(rules.position)}>
          <Input maxLength={limits.position} />
        </Form.Item>
        <Form.Item name="personTag" label={t('persons.personTag')}>
          <Select options={vocabularyOptions(personTags, lang)} allowClear />
        </Form.Item>
        <Form.Item name="entryDateOption" label={t('persons.entryDate')}>
          <Select options={entryDates} allowClear placeholder={t('persons.entryDateDefault')} />
        </Form.Item>
        <Form.Item name="mobile" label={t('persons.mobile')} {...field(rules.mobile)}>
          <Input inputMode="tel" maxLength={limits.mobile} />
        </Form.Item>
        <Form.Item name="email" label={t('persons.email')} {...field(rules.email)}>
          <Input inputMode="email" maxLength={limits.email} />
        </Form.Item>
        <Form.Item label={t('persons.idPhoto')} extra={t('persons.idPhotoHint')}>
          <Space direction="vertical">
            {saved?.idPhoto && (
              <PrivateImage
                url={personalFileUrl(`/api/persons/${saved.documentId}/photo`, saved.idPhoto)}
                alt={t('persons.idPhoto')}
                style={{ maxHeight: 120 }}
              />
            )}
            <Upload
              accept="image/png,image/jpeg"
              showUploadList={false}
              beforeUpload={(file) => {
                void uploadPhoto(file);
                return false;
              }}
              disabled={!saved}
            >
              <Button icon={<UploadOutlined />} disabled={!saved}>
                {saved ? t('persons.uploadPhoto') : t('persons.saveBeforePhoto')}
              </Button>
            </Upload>
          </Space>
        </Form.Item>
      </Form>
    </Drawer>
  );
};
