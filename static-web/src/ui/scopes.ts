import type { Scope } from '../api/clients';
import { t } from '../i18n';

/** What a representative may do for a client, in words. */
export const scopeLabel = (scope: Scope): string => t(`scope.${scope}`);

export const scopeList = (list: readonly Scope[]): string => list.map(scopeLabel).join(', ');
