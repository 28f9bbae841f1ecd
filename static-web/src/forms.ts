import { ApiProblemError, type Problem } from './api';
import { h } from './dom';

/**
 * A form that sends itself: the submit button waits while the call runs, and a problem the API
 * answers with is shown in the form's alert area, in words the caller chooses.
 */
export function sendingForm(
  error: HTMLElement,
  submit: HTMLButtonElement,
  send: () => Promise<void>,
  describe: (problem: Problem) => string | Node[],
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
          const described = describe(failure.problem);
          error.append(...(typeof described === 'string' ? [described] : described));
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

/** A problem in words: its field errors, or else its detail, or else its title. */
export function problemText(problem: Problem): string {
  const details = Object.values(problem.errors ?? {}).flat();
  return details.length ? details.join(' ') : (problem.detail ?? problem.title);
}
