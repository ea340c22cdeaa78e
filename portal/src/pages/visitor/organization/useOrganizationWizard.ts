import { needsBusinessLicence } from '@pvis/config';
import { useCustomMutation, useInvalidate, useUpdate } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyFieldErrors,
  type FieldProblem,
  fieldProblemsOf,
} from '../../../components/form-errors';
import type { Organization } from '../../../components/organization/types';
import type { ApiError } from '../../../providers/http';
import {
  DETAILS,
  draftPayload,
  FORM_FIELDS,
  firstOpenStep,
  formFieldOf,
  LICENCE,
  type OrganizationFormValues,
  STEP_FIELDS,
} from './wizard-steps';

const quiet = { successNotification: false, errorNotification: false } as const;

/**
 * The wizard's form and its requests: 暂存 on every step, consent, licence upload and 确认提交.
 * Each goes through Refine's data hooks and refreshes the organization the page shows; the
 * server decides completeness and the outcome, its field errors land on the fields.
 */
export function useOrganizationWizard(
  organization: Organization,
  onSubmitted: (organization: Organization) => void,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const { mutateAsync: update } = useUpdate();
  const { mutateAsync: post } = useCustomMutation();
  const [form] = Form.useForm<OrganizationFormValues>();
  const [step, setStep] = useState(() => firstOpenStep(organization));
  const [busy, setBusy] = useState<'save' | 'next' | 'submit' | null>(null);
  const [licenceError, setLicenceError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [pageError, setPageError] = useState<string | null>(null);
  const id = organization.documentId;
  const url = `/api/organizations/${encodeURIComponent(id)}`;

  // The page's organization, read again so the steps show what the server now holds.
  const reload = () => invalidate({ resource: 'organizations', id, invalidates: ['detail'] });

  const showErrors = (error: unknown) => {
    const aliased = fieldProblemsOf(error).map((p) => ({ ...p, field: formFieldOf(p.field) }));
    const licence = aliased.find((p) => p.field === 'businessLicence');
    if (licence) setLicenceError(licence.message);
    applyFieldErrors(
      form,
      { errors: Object.fromEntries(aliased.map((p) => [p.field, p.message])) },
      FORM_FIELDS,
    );
    if (!aliased.length) setPageError((error as ApiError).message);
    return aliased;
  };

  const save = (values: OrganizationFormValues) =>
    update({
      resource: 'organizations',
      id,
      values: draftPayload(values),
      mutationMode: 'pessimistic',
      // The wizard reloads the organization itself, once every request of the step is done.
      invalidates: [],
      ...quiet,
    });

  const saveDraft = async () => {
    setBusy('save');
    setPageError(null);
    try {
      await save(form.getFieldsValue(true));
      await reload();
      message.success(t('organizationForm.draftSaved'));
    } catch (error) {
      const shown = showErrors(error);
      if (shown.length) message.error(t('organizationForm.fixFields'));
    } finally {
      setBusy(null);
    }
  };

  const next = async () => {
    setPageError(null);
    try {
      await form.validateFields(STEP_FIELDS[step]);
    } catch {
      return;
    }
    if (
      step === LICENCE &&
      !organization.businessLicence &&
      needsBusinessLicence(organization.category)
    ) {
      setLicenceError(t('organizationForm.licenceRequired'));
      return;
    }
    setBusy('next');
    try {
      const values = form.getFieldsValue(true) as OrganizationFormValues;
      await save(values);
      if (step === DETAILS && values.consent && !organization.privacyConsentAt) {
        await post({ url: `${url}/consent`, method: 'post', values: { data: {} }, ...quiet });
      }
      await reload();
      setProblems([]);
      setStep(step + 1);
      window.scrollTo?.({ top: 0 });
    } catch (error) {
      showErrors(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy('submit');
    setPageError(null);
    try {
      const answer = await post({
        url: `${url}/transitions`,
        method: 'post',
        values: { data: { action: 'submit' } },
        ...quiet,
      });
      setProblems([]);
      // Submitting changes the progress flow, the persons page and more: read everything again.
      await queryClient.invalidateQueries();
      onSubmitted((answer.data as unknown as { data: Organization }).data);
    } catch (error) {
      setProblems(showErrors(error));
    } finally {
      setBusy(null);
    }
  };

  const upload = async (file: File) => {
    setUploading(true);
    setLicenceError(null);
    const data = new FormData();
    data.append('file', file);
    try {
      await post({ url: `${url}/licence`, method: 'post', values: data, ...quiet });
      await reload();
      message.success(t('organizationForm.licenceUploaded'));
    } catch (error) {
      const e = error as ApiError;
      setLicenceError(e.errors ? Object.values(e.errors).join('；') : e.message);
    } finally {
      setUploading(false);
    }
  };

  return {
    form,
    step,
    setStep,
    busy,
    uploading,
    licenceError,
    setLicenceError,
    problems,
    pageError,
    setPageError,
    saveDraft,
    next,
    submit,
    upload,
  };
}

export type OrganizationWizardState = ReturnType<typeof useOrganizationWizard>;
