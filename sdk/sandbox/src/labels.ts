/** The sandbox's names for roles and themes, and how it writes values and errors in its panels. */
import { msg } from '@lit/localize';
import type { Locale, Role } from '@digione/sdk';
import type { Theme } from '@digione/components/tenants';

export function roleName(role: Role): string {
  switch (role) {
    case 'learner':
      return msg('Oppilas', { id: 'd1-sandbox.role.learner' });
    case 'teacher':
      return msg('Opettaja', { id: 'd1-sandbox.role.teacher' });
    case 'principal':
      return msg('Rehtori', { id: 'd1-sandbox.role.principal' });
    case 'staff':
      return msg('Henkilökunta', { id: 'd1-sandbox.role.staff' });
    case 'substitute':
      return msg('Sijainen', { id: 'd1-sandbox.role.substitute' });
    case 'guardian':
      return msg('Huoltaja', { id: 'd1-sandbox.role.guardian' });
    case 'admin':
      return msg('Ylläpitäjä', { id: 'd1-sandbox.role.admin' });
  }
}

/** Role names as a list in the page's language ("Oppilas ja Huoltaja"). */
export function roleList(roles: readonly Role[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(roles.map(roleName));
}

export function themeName(theme: Theme): string {
  switch (theme) {
    case 'light':
      return msg('Vaalea', { id: 'd1-sandbox.theme.light' });
    case 'dark':
      return msg('Tumma', { id: 'd1-sandbox.theme.dark' });
    case 'high-contrast':
      return msg('Suuri kontrasti', { id: 'd1-sandbox.theme.high-contrast' });
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    // JSON.stringify returns undefined for undefined and functions, whatever its type says.
    const text = JSON.stringify(error) as string | undefined;
    return text ?? String(error);
  } catch {
    return String(error);
  }
}

export function json(value: unknown): string {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text ?? 'undefined';
}
