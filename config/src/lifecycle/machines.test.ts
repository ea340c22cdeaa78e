import { describe, expect, it } from 'vitest';
import { actors } from '../vocabularies';
import { machines } from './index';
import type { Machine } from './machine';
import { fromStates } from './machine';
import { transitionMessages } from './messages';

const all = Object.entries(machines) as [string, Machine][];
const actorCodes: string[] = actors.map((a) => a.code);

function reachable(machine: Machine): Set<string> {
  const seen = new Set<string>([machine.initial, ...machine.creations.map((c) => c.state)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of machine.transitions) {
      if (t.to !== null && !seen.has(t.to) && fromStates(t).some((s) => seen.has(s))) {
        seen.add(t.to);
        grew = true;
      }
    }
  }
  return seen;
}

describe.each(all)('the %s machine', (key, machine) => {
  it('is registered under its own name', () => {
    expect(machine.name).toBe(key);
  });

  it('declares distinct states including the initial one', () => {
    expect(new Set(machine.states).size).toBe(machine.states.length);
    expect(machine.states).toContain(machine.initial);
    expect(machine.creations[0]?.state).toBe(machine.initial);
  });

  it('only moves between declared states', () => {
    for (const t of machine.transitions) {
      for (const s of fromStates(t)) expect(machine.states).toContain(s);
      if (t.to !== null) expect(machine.states).toContain(t.to);
    }
    for (const c of machine.creations) expect(machine.states).toContain(c.state);
  });

  it('reaches every state from the states records are created in', () => {
    expect([...reachable(machine)].sort()).toEqual([...machine.states].sort());
  });

  it('names only known actors and lets someone take every transition', () => {
    for (const t of machine.transitions) {
      expect(t.actors.length).toBeGreaterThan(0);
      for (const a of t.actors) expect(actorCodes).toContain(a);
    }
  });

  it('has a message for every guard code it can return', () => {
    const contexts = [{}, { free: true }, { buyerDeductedOrBooked: true }];
    for (const t of machine.transitions) {
      if (!t.guard) continue;
      for (const actor of t.actors) {
        for (const ctx of contexts) {
          const code = t.guard(ctx as never, actor);
          if (code !== null) expect(Object.keys(transitionMessages)).toContain(code);
        }
      }
    }
  });
});

describe('machines', () => {
  it('covers every lifecycle the cms stores', () => {
    expect(Object.keys(machines).sort()).toEqual(
      [
        'badgeOrder',
        'investmentProject',
        'invoice',
        'organization',
        'payment',
        'person',
        'refund',
      ].sort(),
    );
  });

  it('use the lifecycle field names of the cms content types', () => {
    expect(Object.fromEntries(all.map(([k, m]) => [k, m.field]))).toEqual({
      organization: 'reviewStatus',
      person: 'personStatus',
      badgeOrder: 'orderStatus',
      payment: 'paymentStatus',
      invoice: 'invoiceStatus',
      refund: 'refundStatus',
      investmentProject: 'projectStatus',
    });
  });
});
