import { describe, expect, it } from 'vitest';
import { progressSteps } from './progress';

const states = (reviewStatus: string | null, counts: Record<string, number> = {}) =>
  progressSteps(reviewStatus, counts).map((step) => step.state);

describe('the liaison progress flow', () => {
  it('starts at organization registration when nothing is registered', () => {
    expect(states(null)).toEqual(['process', 'wait', 'wait', 'wait', 'wait', 'wait']);
  });

  it('asks for persons once the organization is submitted, before it is approved', () => {
    expect(states('submitted')).toEqual(['process', 'process', 'wait', 'wait', 'wait', 'wait']);
  });

  it('marks a rejected organization as an error', () => {
    expect(states('rejected')[0]).toBe('error');
  });

  it('asks for payment when an approved organization has unpaid persons', () => {
    expect(states('approved', { pendingPayment: 2 })).toEqual([
      'finish',
      'finish',
      'process',
      'wait',
      'wait',
      'wait',
    ]);
  });

  it('moves to person review once everyone is paid', () => {
    expect(states('approved', { pendingReview: 2 })).toEqual([
      'finish',
      'finish',
      'finish',
      'process',
      'wait',
      'wait',
    ]);
  });

  it('shows a rejected person as an error in person review', () => {
    expect(states('approved', { rejected: 1, approved: 1 })[3]).toBe('error');
  });

  it('finishes when every badge is issued', () => {
    expect(states('approved', { issued: 3 })).toEqual([
      'finish',
      'finish',
      'finish',
      'finish',
      'finish',
      'finish',
    ]);
  });

  it('counts persons per step', () => {
    const steps = progressSteps('approved', { pendingPayment: 2, inOrder: 1, pendingReview: 4 });
    expect(steps.find((s) => s.key === 'payment')?.count).toBe(3);
    expect(steps.find((s) => s.key === 'personReview')?.count).toBe(4);
  });
});
