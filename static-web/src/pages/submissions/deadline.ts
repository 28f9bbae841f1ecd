// A form's deadline in working days (the usage-permit request: five working days after installation),
// counted on the server by Latvia's working-day calendar and shown under the day it counts from.

import { ApiProblemError, ApiUnavailableError } from '../../api/http';
import { getDeadline, type FormDefinition } from '../../api/submissions';
import { formatDate, t } from '../../i18n';
import { h } from '../../ui/dom';
import type { Path } from './content';

const isDay = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text);

/**
 * The deadline under the field the form counts it from, or null for any other field: shown as soon as the
 * field holds a day, again as it changes; a day beyond the calendar gets a message instead of a date. The
 * input names it (aria-describedby), so a screen reader reads the deadline with the field.
 */
export function deadlineFor(clientId: string, form: FormDefinition, path: Path, input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, id: string): HTMLElement | null {
  const deadline = form.deadline;
  if (!deadline || path.length !== 1 || path[0] !== deadline.from) return null;
  const note = h('p', { id: `${id}-deadline`, class: 'deadline', 'aria-live': 'polite' });
  input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${id}-deadline`.trim());
  let asked = '';
  const show = async () => {
    const day = input.value;
    if (day === asked) return;
    asked = day;
    note.dataset['state'] = '';
    if (!isDay(day)) {
      note.textContent = '';
      return;
    }
    try {
      const counted = await getDeadline(clientId, form.kind, deadline.from, day);
      if (asked !== day) return;
      note.dataset['state'] = 'counted';
      note.textContent = t('deadline.due').replace('{days}', String(counted.workingDays)).replace('{from}', formatDate(counted.from)).replace('{deadline}', formatDate(counted.deadline));
      if (!counted.transfersConfirmed) note.append(' ', t('deadline.unconfirmed'));
    } catch (failure) {
      if (asked !== day) return;
      if (failure instanceof ApiProblemError && failure.problem.status === 400) {
        note.dataset['state'] = 'beyond';
        note.textContent = t('deadline.beyond');
      } else if (failure instanceof ApiUnavailableError) {
        asked = '';
        note.textContent = '';
      } else {
        throw failure;
      }
    }
  };
  input.addEventListener('input', () => void show());
  input.addEventListener('change', () => void show());
  void show();
  return note;
}
