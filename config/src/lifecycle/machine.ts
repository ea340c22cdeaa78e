// One generic engine for every record lifecycle. A machine is plain data (a transition table),
// so the cms enforces it, the portal shows exactly the allowed buttons, and tests read it.
import type { Actor } from '../vocabularies';

/** What a guard or reason check may look at; each machine extends it with its own facts. */
export interface TransitionContext {
  /** Free-text reason given by the actor (required by reject-like actions). */
  reason?: string | null;
}

export interface Transition<S extends string, A extends string, C extends TransitionContext> {
  readonly from: S | readonly S[];
  readonly action: A;
  /** The next state; `null` means the action removes the record (e.g. deleting a draft). */
  readonly to: S | null;
  readonly actors: readonly Actor[];
  readonly requiresReason?: boolean;
  /** Returns an error code when the transition may not happen, null when it may. */
  readonly guard?: (ctx: C, actor: Actor) => string | null;
}

export interface Machine<
  S extends string = string,
  A extends string = string,
  C extends TransitionContext = TransitionContext,
> {
  readonly name: string;
  /** The record's lifecycle field in the cms content type (e.g. `reviewStatus`). */
  readonly field: string;
  readonly states: readonly S[];
  readonly initial: S;
  /** States a record may be created in, and by whom (`initial` first; e.g. self-registration). */
  readonly creations: readonly { readonly state: S; readonly actors: readonly Actor[] }[];
  readonly transitions: readonly Transition<S, A, C>[];
}

export type StateOf<M> = M extends Machine<infer S, string, infer _C> ? S : never;
export type ActionOf<M> = M extends Machine<string, infer A, infer _C> ? A : never;
export type ContextOf<M> = M extends Machine<string, string, infer C> ? C : never;

export type EngineErrorCode =
  | 'unknownAction'
  | 'notAllowedFromState'
  | 'actorNotAllowed'
  | 'reasonRequired';

export type TransitionCheck<S extends string> =
  | { ok: true; to: S | null }
  | { ok: false; code: EngineErrorCode | (string & {}) };

export function fromStates<S extends string>(t: Transition<S, string, never>): readonly S[] {
  return typeof t.from === 'string' ? [t.from as S] : (t.from as readonly S[]);
}

function hasReason(ctx: TransitionContext): boolean {
  return typeof ctx.reason === 'string' && ctx.reason.trim().length > 0;
}

// Several rows may share (state, action): the first whose actor and guard pass wins, which lets a
// fact in the context route an action (e.g. a free person skips payment).
function evaluate<S extends string, A extends string, C extends TransitionContext>(
  machine: Machine<S, A, C>,
  state: S,
  action: A,
  actor: Actor,
  ctx: C,
  checkReason: boolean,
): TransitionCheck<S> {
  const byAction = machine.transitions.filter((t) => t.action === action);
  if (byAction.length === 0) return { ok: false, code: 'unknownAction' };
  const fromHere = byAction.filter((t) => fromStates(t).includes(state));
  if (fromHere.length === 0) return { ok: false, code: 'notAllowedFromState' };
  const forActor = fromHere.filter((t) => t.actors.includes(actor));
  if (forActor.length === 0) return { ok: false, code: 'actorNotAllowed' };
  let guardCode: string | null = null;
  for (const t of forActor) {
    const code = t.guard ? t.guard(ctx, actor) : null;
    if (code !== null) {
      guardCode ??= code;
      continue;
    }
    if (checkReason && t.requiresReason && !hasReason(ctx)) {
      return { ok: false, code: 'reasonRequired' };
    }
    return { ok: true, to: t.to };
  }
  return { ok: false, code: guardCode! };
}

/** Whether `actor` may do `action` on a record in `state`; the next state or an error code. */
export function can<S extends string, A extends string, C extends TransitionContext>(
  machine: Machine<S, A, C>,
  state: S,
  action: A,
  actor: Actor,
  ctx: C = {} as C,
): TransitionCheck<S> {
  return evaluate(machine, state, action, actor, ctx, true);
}

export class TransitionError extends Error {
  constructor(
    readonly code: string,
    readonly machine: string,
    readonly state: string,
    readonly action: string,
    readonly actor: Actor,
  ) {
    super(`${machine}: ${actor} cannot ${action} from ${state} (${code})`);
    this.name = 'TransitionError';
  }
}

/** The next state (`null`: record removed); throws a TransitionError when not allowed. */
export function next<S extends string, A extends string, C extends TransitionContext>(
  machine: Machine<S, A, C>,
  state: S,
  action: A,
  actor: Actor,
  ctx: C = {} as C,
): S | null {
  const result = can(machine, state, action, actor, ctx);
  if (!result.ok) throw new TransitionError(result.code, machine.name, state, action, actor);
  return result.to;
}

/**
 * The actions `actor` may take now, in table order. Reasons are not checked: the UI shows the
 * reject button and asks for the reason when it is pressed.
 */
export function allowedActions<S extends string, A extends string, C extends TransitionContext>(
  machine: Machine<S, A, C>,
  state: S,
  actor: Actor,
  ctx: C = {} as C,
): A[] {
  const actions: A[] = [];
  for (const t of machine.transitions) {
    if (actions.includes(t.action)) continue;
    if (evaluate(machine, state, t.action, actor, ctx, false).ok) actions.push(t.action);
  }
  return actions;
}

/** Whether the action asks the actor for a reason (so the UI can prompt for one). */
export function requiresReason<S extends string, A extends string, C extends TransitionContext>(
  machine: Machine<S, A, C>,
  action: A,
): boolean {
  return machine.transitions.some((t) => t.action === action && t.requiresReason === true);
}

/** Whether `actor` may create a record in `state`. */
export function canCreate<S extends string, A extends string, C extends TransitionContext>(
  machine: Machine<S, A, C>,
  state: S,
  actor: Actor,
): boolean {
  return machine.creations.some((c) => c.state === state && c.actors.includes(actor));
}

/** The distinct action names of a machine, in table order. */
export function actionsOf<S extends string, A extends string, C extends TransitionContext>(
  machine: Machine<S, A, C>,
): A[] {
  return [...new Set(machine.transitions.map((t) => t.action))];
}
