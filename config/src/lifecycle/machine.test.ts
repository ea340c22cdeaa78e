import { describe, expect, it } from 'vitest';
import type { Machine, TransitionContext } from './machine';
import {
  actionsOf,
  allowedActions,
  can,
  canCreate,
  next,
  requiresReason,
  TransitionError,
} from './machine';

interface DoorContext extends TransitionContext {
  hasKey?: boolean;
  alarm?: boolean;
}

// A toy machine exercising every engine feature independent of the expo's tables.
const door: Machine<
  'closed' | 'open' | 'locked',
  'open' | 'close' | 'lock' | 'unlock' | 'remove',
  DoorContext
> = {
  name: 'door',
  field: 'doorStatus',
  states: ['closed', 'open', 'locked'],
  initial: 'closed',
  creations: [{ state: 'closed', actors: ['operations'] }],
  transitions: [
    { from: 'closed', action: 'open', to: 'open', actors: ['liaison', 'operations'] },
    { from: 'open', action: 'close', to: 'closed', actors: ['liaison', 'system'] },
    {
      from: 'closed',
      action: 'lock',
      to: 'locked',
      actors: ['operations'],
      guard: (ctx) => (ctx.hasKey ? null : 'noKey'),
    },
    {
      from: 'locked',
      action: 'unlock',
      to: 'open',
      actors: ['operations'],
      guard: (ctx) => (ctx.alarm ? 'alarmOn' : null),
    },
    {
      from: 'locked',
      action: 'unlock',
      to: 'closed',
      actors: ['operations'],
      requiresReason: true,
    },
    { from: ['closed', 'open'], action: 'remove', to: null, actors: ['operations'] },
  ],
};

describe('can', () => {
  it('returns the next state for an allowed transition', () => {
    expect(can(door, 'closed', 'open', 'liaison')).toEqual({ ok: true, to: 'open' });
  });

  it('reports an action the machine does not know', () => {
    expect(can(door, 'closed', 'paint' as 'open', 'liaison')).toEqual({
      ok: false,
      code: 'unknownAction',
    });
  });

  it('reports an action that does not start from the current state', () => {
    expect(can(door, 'open', 'open', 'liaison')).toEqual({
      ok: false,
      code: 'notAllowedFromState',
    });
  });

  it('reports an actor who may not take the action', () => {
    expect(can(door, 'closed', 'open', 'finance')).toEqual({ ok: false, code: 'actorNotAllowed' });
  });

  it('reports the guard code when the guard refuses', () => {
    expect(can(door, 'closed', 'lock', 'operations', {})).toEqual({ ok: false, code: 'noKey' });
    expect(can(door, 'closed', 'lock', 'operations', { hasKey: true })).toEqual({
      ok: true,
      to: 'locked',
    });
  });

  it('falls through to the next row of the same action when a guard refuses', () => {
    expect(can(door, 'locked', 'unlock', 'operations', {})).toEqual({ ok: true, to: 'open' });
    expect(can(door, 'locked', 'unlock', 'operations', { alarm: true, reason: 'fire' })).toEqual({
      ok: true,
      to: 'closed',
    });
  });

  it('requires a non-blank reason where the row asks for one', () => {
    expect(can(door, 'locked', 'unlock', 'operations', { alarm: true })).toEqual({
      ok: false,
      code: 'reasonRequired',
    });
    expect(can(door, 'locked', 'unlock', 'operations', { alarm: true, reason: '  ' })).toEqual({
      ok: false,
      code: 'reasonRequired',
    });
  });

  it('returns null as the next state for an action that removes the record', () => {
    expect(can(door, 'open', 'remove', 'operations')).toEqual({ ok: true, to: null });
  });
});

describe('next', () => {
  it('returns the next state when allowed', () => {
    expect(next(door, 'open', 'close', 'system')).toBe('closed');
  });

  it('throws a TransitionError carrying the code and the attempted move', () => {
    let error: unknown;
    try {
      next(door, 'closed', 'lock', 'liaison');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TransitionError);
    expect(error).toMatchObject({
      code: 'actorNotAllowed',
      machine: 'door',
      state: 'closed',
      action: 'lock',
      actor: 'liaison',
    });
  });
});

describe('allowedActions', () => {
  it('lists the actions the actor may take now, in table order and without duplicates', () => {
    expect(allowedActions(door, 'closed', 'operations', { hasKey: true })).toEqual([
      'open',
      'lock',
      'remove',
    ]);
    expect(allowedActions(door, 'locked', 'operations', { alarm: true })).toEqual(['unlock']);
  });

  it('omits guarded actions whose guard refuses', () => {
    expect(allowedActions(door, 'closed', 'operations')).toEqual(['open', 'remove']);
  });

  it('is empty for an actor with no move', () => {
    expect(allowedActions(door, 'closed', 'finance')).toEqual([]);
  });
});

describe('machine helpers', () => {
  it('tells whether an action asks for a reason', () => {
    expect(requiresReason(door, 'unlock')).toBe(true);
    expect(requiresReason(door, 'open')).toBe(false);
  });

  it('tells who may create a record in which state', () => {
    expect(canCreate(door, 'closed', 'operations')).toBe(true);
    expect(canCreate(door, 'closed', 'liaison')).toBe(false);
    expect(canCreate(door, 'open', 'operations')).toBe(false);
  });

  it('lists the distinct actions', () => {
    expect(actionsOf(door)).toEqual(['open', 'close', 'lock', 'unlock', 'remove']);
  });
});
