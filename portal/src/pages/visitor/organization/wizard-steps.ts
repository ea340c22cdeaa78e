import {
  firstIncompleteStep,
  type OrganizationSubmissionStep,
  organizationDraftFields,
  organizationSubmissionSteps,
  submissionStepOf,
} from '@pvis/config';
import { DRAFT_FIELDS, type Organization } from '../../../components/organization/types';

export interface OrganizationFormValues {
  name?: string;
  nameEn?: string;
  countryOrRegion?: string;
  address?: string;
  contactName?: string;
  contactMobile?: string;
  contactEmail?: string;
  contactPhone?: string;
  visitPurposes?: string[];
  interests?: string[];
  intendedImports?: string;
  publishIntendedImports?: boolean;
  consent?: boolean;
}

/** Steps 4–6 of the wizard (indexes in REGISTRATION_STEPS). */
export const LICENCE = 3;
export const DETAILS = 4;
export const PREVIEW = 5;

const STEP_INDEX: Record<OrganizationSubmissionStep, number> = {
  licence: LICENCE,
  details: DETAILS,
  preview: PREVIEW,
};

/** Server field names that are shown on another form field. */
const FIELD_ALIASES: Record<string, string> = {
  privacyConsentAt: 'consent',
  privacyPolicyVersion: 'consent',
  privacyConsent: 'consent',
};
export const formFieldOf = (field: string) => FIELD_ALIASES[field] ?? field;

/** The form fields each step checks before it moves on: the draft fields the step completes. */
const onStep = (step: keyof typeof organizationSubmissionSteps) =>
  organizationDraftFields.filter((f) =>
    (organizationSubmissionSteps[step] as readonly string[]).includes(f),
  );
export const STEP_FIELDS: Record<number, (keyof OrganizationFormValues)[]> = {
  [LICENCE]: onStep('licence'),
  [DETAILS]: [...onStep('details'), 'consent'],
};
export const FORM_FIELDS = [...STEP_FIELDS[LICENCE]!, ...STEP_FIELDS[DETAILS]!];

/** The step where a submission problem of `field` is fixed (the preview shows the rest). */
export const stepOfField = (field: string) =>
  field === 'consent' ? DETAILS : STEP_INDEX[submissionStepOf(field)];

/** Where a resumed wizard starts: the first step with something the submission still needs. */
export const firstOpenStep = (organization: Organization) =>
  STEP_INDEX[firstIncompleteStep(organization as unknown as Record<string, unknown>)];

export const initialValuesOf = (organization: Organization): OrganizationFormValues => ({
  name: organization.name ?? undefined,
  nameEn: organization.nameEn ?? undefined,
  countryOrRegion: organization.countryOrRegion ?? undefined,
  address: organization.address ?? undefined,
  contactName: organization.contactName ?? undefined,
  contactMobile: organization.contactMobile ?? undefined,
  contactEmail: organization.contactEmail ?? undefined,
  contactPhone: organization.contactPhone ?? undefined,
  visitPurposes: organization.visitPurposes ?? [],
  interests: (organization.interests ?? []).map((i) => i.documentId),
  intendedImports: organization.intendedImports ?? undefined,
  publishIntendedImports: organization.publishIntendedImports ?? false,
  consent: Boolean(organization.privacyConsentAt),
});

/** The body of 暂存 (`PUT /api/organizations/:id`): the draft fields, blanks as null. */
export const draftPayload = (values: OrganizationFormValues) => {
  const data: Record<string, unknown> = {};
  for (const field of DRAFT_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    data[field] = typeof value === 'string' ? value.trim() || null : value;
  }
  return data;
};
