// Form parts every page uses: a labelled field, and a form that sends itself and says the API's problem.

import { ApiProblemError, type Problem } from '../api/http';
import { h } from './dom';
import { problemText, type ProblemWording } from './problem';

export function field(id: string, label: string, input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, describedBy?: string): HTMLElement {
  input.id = id;
  input.name = id;
  if (describedBy) input.setAttribute('aria-describedby', describedBy);
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

/**
 * A form that sends itself: the submit button waits while the call runs, and a problem the API
 * answers with is shown in the form's alert area: as problemText words it, or as the paragraphs a
 * form that names each field's error in the user's language makes of it.
 */
export function sendingForm(
  error: HTMLElement,
  submit: HTMLButtonElement,
  send: () => Promise<void>,
  describe: ProblemWording | ((problem: Problem) => Node[]),
  ...fields: (HTMLElement | null)[]
): HTMLFormElement {
  return h(
    'form',
    {
      novalidate: true,
      onsubmit: (async (event: SubmitEvent) => {
        event.preventDefault();
        error.replaceChildren();
        submit.disabled = true;
        try {
          await send();
        } catch (failure) {
          if (!(failure instanceof ApiProblemError)) throw failure;
          error.append(...(typeof describe === 'function' ? describe(failure.problem) : [problemText(failure.problem, describe)]));
        } finally {
          submit.disabled = false;
        }
      }) as unknown as EventListener,
    },
    error,
    ...fields,
    submit,
  );
}
