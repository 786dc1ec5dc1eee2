/**
 * Whom a person may write to in the Messages API, and from where: a guardian writes on behalf of
 * each of their children to the child's teachers; a teacher to the guardians of the groups they
 * teach; a principal or staff member to the school's staff and every guardian of its pupils.
 */
import { ApiError } from '@digione/dev-idp';
import type { PersonRef, Recipient } from '../src/types.js';
import { PEOPLE, PUPILS, TEACHING, type Person, type Pupil } from './data.js';

/** Where a person writes from: a school (staff roles) or a child (guardians). */
export type WritingContext =
  | { readonly kind: 'school'; readonly school: string }
  | { readonly kind: 'child'; readonly child: Pupil };

/** What the caller asked for in `?school=` or `?child=` (or a body's `school` / `child`). */
export interface ContextQuery {
  readonly school?: string | undefined;
  readonly child?: string | undefined;
}

export const byId = new Map(PEOPLE.map((p) => [p.id, p]));

export function ref(id: string): PersonRef {
  return { id, name: byId.get(id)?.name ?? '?' };
}

/** "Sanna Mäkelä" sorts under Mäkelä, then Sanna (Finnish collation). */
function byFamilyName(a: { name: string }, b: { name: string }): number {
  const key = (name: string) => {
    const parts = name.split(' ');
    return `${parts.at(-1) ?? ''} ${parts.slice(0, -1).join(' ')}`;
  };
  return key(a.name).localeCompare(key(b.name), 'fi');
}

const KIND_ORDER = ['teacher', 'principal', 'staff', 'guardian'] as const;

/** Where the person may write from: each child of a guardian, each school of staff. */
export function writingContexts(person: Person): WritingContext[] {
  if (person.kind === 'guardian') {
    return PUPILS.filter((p) => p.guardians.includes(person.id)).map((child) => ({
      kind: 'child',
      child,
    }));
  }
  return person.schools.map((school) => ({ kind: 'school', school }));
}

/** The contexts the query picks: the one named, or all of them; 403 for one not the person's. */
export function pickContexts(person: Person, query: ContextQuery): WritingContext[] {
  const all = writingContexts(person);
  if (query.school !== undefined && query.child !== undefined) {
    throw new ApiError(400, 'invalid_context', 'name a school or a child, not both');
  }
  if (query.child !== undefined) {
    if (person.kind !== 'guardian') {
      throw new ApiError(400, 'invalid_context', 'only a guardian writes on behalf of a child');
    }
    const found = all.filter((c) => c.kind === 'child' && c.child.id === query.child);
    if (found.length === 0) {
      throw new ApiError(403, 'child_not_allowed', 'this is not a child of yours');
    }
    return found;
  }
  if (query.school !== undefined) {
    if (person.kind === 'guardian') {
      throw new ApiError(400, 'invalid_context', 'a guardian writes on behalf of a child');
    }
    const found = all.filter((c) => c.kind === 'school' && c.school === query.school);
    if (found.length === 0) {
      throw new ApiError(403, 'school_not_allowed', 'you do not work at this school');
    }
    return found;
  }
  return all;
}

function guardiansOf(pupils: readonly Pupil[]): Recipient[] {
  const children = new Map<string, Pupil[]>();
  for (const pupil of pupils) {
    for (const guardian of pupil.guardians) {
      children.set(guardian, [...(children.get(guardian) ?? []), pupil]);
    }
  }
  return [...children].map(([id, kids]) => ({
    ...ref(id),
    kind: 'guardian',
    detail: kids.map((kid) => `${kid.name}, ${kid.group}`).join('; '),
  }));
}

export function allowedRecipients(person: Person, context: WritingContext): Recipient[] {
  if (context.kind === 'child') {
    const { child } = context;
    const teachers = new Map<string, string[]>();
    for (const t of TEACHING) {
      if (t.school !== child.school || t.group !== child.group) continue;
      teachers.set(t.teacher, [...(teachers.get(t.teacher) ?? []), t.subject]);
    }
    return [...teachers].map(([id, subjects]) => ({
      ...ref(id),
      kind: 'teacher',
      detail: `${subjects.join(', ')} · ${child.group}`,
    }));
  }
  const { school } = context;
  if (person.kind === 'teacher') {
    const groups = new Set(
      TEACHING.filter((t) => t.teacher === person.id && t.school === school).map((t) => t.group),
    );
    return guardiansOf(PUPILS.filter((p) => p.school === school && groups.has(p.group)));
  }
  // Principals and staff: the school's staff, and the guardians of its pupils.
  const colleagues: Recipient[] = PEOPLE.filter(
    (p) => p.kind !== 'guardian' && p.id !== person.id && p.schools.includes(school),
  ).map((p) => {
    const subjects = TEACHING.filter((t) => t.teacher === p.id && t.school === school).map(
      (t) => `${t.subject} ${t.group}`,
    );
    return { ...ref(p.id), kind: p.kind, detail: p.title ?? subjects.join(', ') };
  });
  return [...colleagues, ...guardiansOf(PUPILS.filter((p) => p.school === school))];
}

/** Whom the person may write to, in the context the query names (or all of theirs). */
export function recipientsOf(person: Person, query: ContextQuery): Recipient[] {
  const merged = new Map<string, Recipient>();
  for (const context of pickContexts(person, query)) {
    for (const recipient of allowedRecipients(person, context)) {
      const known = merged.get(recipient.id);
      merged.set(
        recipient.id,
        known && known.detail !== recipient.detail
          ? { ...known, detail: `${known.detail}; ${recipient.detail}` }
          : recipient,
      );
    }
  }
  return [...merged.values()].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byFamilyName(a, b),
  );
}
