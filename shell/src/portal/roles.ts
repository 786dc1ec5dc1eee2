import { msg } from '@lit/localize';
import type { Role } from '@digione/sdk';

/** A role's name in the person's language, as the header and user menu show it. */
export function roleLabel(role: Role): string {
  switch (role) {
    case 'learner':
      return msg('Oppilas');
    case 'teacher':
      return msg('Opettaja');
    case 'principal':
      return msg('Rehtori');
    case 'staff':
      return msg('Henkilökunta');
    case 'substitute':
      return msg('Sijainen');
    case 'guardian':
      return msg('Huoltaja');
    case 'admin':
      return msg('Pääkäyttäjä');
  }
}
