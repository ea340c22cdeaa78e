// Table-driven checks shared by the per-machine tests (not part of the build).
import { expect, it } from 'vitest';
import type { Actor } from '../vocabularies';
import type { Machine, TransitionContext } from './machine';
import { can, fromStates } from './machine';

export interface Allowed<S extends string, A extends string, C> {
  from: S;
  action: A;
  actor: Actor;
  ctx?: C;
  to: S | null;
}

export interface Refused<S extends string, A extends string, C> {
  from: S;
  action: A;
  actor: Actor;
  ctx?: C;
  code: string;
}

export function checkTransitions<S extends string, A extends string, C extends TransitionContext>(
  machine: Machine<S, A, C>,
  allowed: Allowed<S, A, C>[],
  refused: Refused<S, A, C>[],
): void {
  it.each(allowed)('lets $actor $action from $from to $to', ({ from, action, actor, ctx, to }) => {
    expect(can(machine, from, action, actor, ctx)).toEqual({ ok: true, to });
  });

  it.each(refused)(
    'refuses $actor $action from $from with $code',
    ({ from, action, actor, ctx, code }) => {
      expect(can(machine, from, action, actor, ctx)).toEqual({ ok: false, code });
    },
  );

  it('has an allowed case for every row, starting state and actor of the table', () => {
    const covered = new Set(allowed.map((c) => `${c.from} ${c.action} ${c.actor} ${c.to}`));
    for (const t of machine.transitions) {
      for (const from of fromStates(t)) {
        for (const actor of t.actors) {
          expect(covered, `${from} ${t.action} ${actor} ${t.to}`).toContain(
            `${from} ${t.action} ${actor} ${t.to}`,
          );
        }
      }
    }
  });

  it('refuses every action from some state, and every action to some actor', () => {
    const refusedState = new Set(
      refused.filter((c) => c.code === 'notAllowedFromState').map((c) => c.action),
    );
    const refusedActor = new Set(
      refused.filter((c) => c.code === 'actorNotAllowed').map((c) => c.action),
    );
    for (const t of machine.transitions) {
      expect(refusedState, `${t.action} from a wrong state`).toContain(t.action);
      expect(refusedActor, `${t.action} by a wrong actor`).toContain(t.action);
      if (t.requiresReason) {
        expect(
          refused.some((c) => c.action === t.action && c.code === 'reasonRequired'),
          `${t.action} without reason`,
        ).toBe(true);
      }
    }
  });
}
