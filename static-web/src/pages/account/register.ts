import { getExternalPending } from '../../api/external';
import { ApiProblemError } from '../../api/http';
import { submitApplication, type NewApplication } from '../../api/registrations';
import { getCurrentTerms } from '../../api/terms';
import { language, t, textFor, type MessageKey } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { problemText, titleOnly } from '../../ui/problem';

interface FieldSpec {
  name: string;
  label: MessageKey;
  type?: string;
  autocomplete?: string;
  legalOnly?: boolean;
}

const fields: FieldSpec[] = [
  { name: 'firstName', label: 'register.firstName', autocomplete: 'given-name' },
  { name: 'lastName', label: 'register.lastName', autocomplete: 'family-name' },
  { name: 'personalCode', label: 'register.personalCode', autocomplete: 'off' },
  { name: 'companyName', label: 'register.companyName', autocomplete: 'organization', legalOnly: true },
  { name: 'registrationNumber', label: 'register.registrationNumber', autocomplete: 'off', legalOnly: true },
  { name: 'position', label: 'register.position', autocomplete: 'organization-title', legalOnly: true },
  { name: 'address', label: 'register.address', autocomplete: 'street-address' },
  { name: 'email', label: 'register.email', type: 'email', autocomplete: 'email' },
  { name: 'phone', label: 'register.phone', type: 'tel', autocomplete: 'tel' },
];

/**
 * Coming from a Latvija.lv sign-in that matched nothing (or a company's signatory): the application starts with what the provider said,
 * for staff to check; access never follows from it alone.
 */
async function prefillFromExternalSignIn(inputs: Map<string, HTMLInputElement>, kindInputs: HTMLInputElement[]): Promise<void> {
  if (new URLSearchParams(location.search).get('from') !== 'external') return;
  const prefill = await getExternalPending().then(
    (pending) => pending.application,
    () => null,
  );
  if (!prefill) return;
  kindInputs[prefill.personKind === 'legal' ? 1 : 0]!.checked = true;
  inputs.get('firstName')!.value = prefill.firstName;
  inputs.get('lastName')!.value = prefill.lastName;
  inputs.get('personalCode')!.value = prefill.personalCode ?? '';
  inputs.get('registrationNumber')!.value = prefill.registrationNumber ?? '';
}

/** The application to use the portal (§4, §10): the terms are accepted first, ES checks the data, then sends an activation link. */
export const registerPage: Page = {
  title: () => t('register.title'),
  render: async (link) => {
    const current = await getCurrentTerms();
    const summary = h('div', { class: 'form-error', role: 'alert', id: 'register-errors' });
    const done = h('div', { role: 'status' });
    const inputs = new Map<string, HTMLInputElement>();
    const errorSlots = new Map<string, HTMLElement>();
    const rows = new Map<string, HTMLElement>();

    const slot = (name: string) => {
      const element = h('p', { class: 'field-error', id: `${name}-error` });
      errorSlots.set(name, element);
      return element;
    };
    for (const spec of fields) {
      const input = h('input', { id: spec.name, name: spec.name, type: spec.type ?? 'text', autocomplete: spec.autocomplete, 'aria-describedby': `${spec.name}-error` });
      inputs.set(spec.name, input);
      rows.set(spec.name, h('div', { class: 'field' }, h('label', { for: spec.name }, t(spec.label)), input, slot(spec.name)));
    }
    const documentInput = h('input', { id: 'document', name: 'document', type: 'file', accept: 'application/pdf', 'aria-describedby': 'document-hint document-error' });
    const documentRow = h('div', { class: 'field' }, h('label', { for: 'document' }, t('register.document')), h('p', { class: 'hint', id: 'document-hint' }, t('register.documentHint')), documentInput, slot('document'));
    const kindInputs = (['natural', 'legal'] as const).map((kind) =>
      h('input', { type: 'radio', name: 'personKind', id: `kind-${kind}`, value: kind, checked: kind === 'natural' }),
    );
    const languageSelect = h('select', { id: 'language', name: 'language' }, h('option', { value: 'lv' }, 'Latviešu'), h('option', { value: 'en' }, 'English'));
    languageSelect.value = language();
    const accept = h('input', { type: 'checkbox', id: 'acceptTerms', name: 'acceptTerms', 'aria-describedby': 'acceptTerms-error' });

    await prefillFromExternalSignIn(inputs, kindInputs);
    const kind = () => (kindInputs[1]?.checked ? 'legal' : 'natural');
    const showKind = () => {
      for (const spec of fields.filter((f) => f.legalOnly)) rows.get(spec.name)!.hidden = kind() !== 'legal';
      documentRow.hidden = kind() !== 'legal';
    };
    for (const input of kindInputs) input.addEventListener('change', showKind);
    showKind();

    const submit = h('button', { type: 'submit', class: 'primary' }, t('register.submit'));
    const form = h(
      'form',
      {
        novalidate: true,
        onsubmit: (async (event: SubmitEvent) => {
          event.preventDefault();
          summary.replaceChildren();
          for (const [name, element] of errorSlots) {
            element.replaceChildren();
            (name === 'document' ? documentInput : inputs.get(name))?.removeAttribute('aria-invalid');
          }
          if (!accept.checked) {
            errorSlots.get('acceptTerms')!.append(t('register.acceptRequired'));
            summary.append(t('register.fix'));
            accept.focus();
            return;
          }
          const application: NewApplication = { personKind: kind(), language: languageSelect.value, acceptedTermsVersion: current.version };
          for (const spec of fields) if (!spec.legalOnly || kind() === 'legal') application[spec.name] = inputs.get(spec.name)!.value;
          submit.disabled = true;
          try {
            await submitApplication(application, kind() === 'legal' ? documentInput.files?.[0] : undefined);
            form.hidden = true;
            done.replaceChildren(h('p', { class: 'notice' }, t('register.done')));
          } catch (failure) {
            if (!(failure instanceof ApiProblemError)) throw failure;
            const errors = failure.problem.errors ?? {};
            let first: HTMLElement | undefined;
            for (const [name, messages] of Object.entries(errors)) {
              const target = name === 'document' ? documentInput : inputs.get(name);
              // The API words its errors in English for scripts; the page says them in the user's language.
              errorSlots.get(name)?.append(textFor('register.error', name) ?? messages.join(' '));
              target?.setAttribute('aria-invalid', 'true');
              first ??= target;
            }
            summary.append(Object.keys(errors).length > 0 ? t('register.fix') : problemText(failure.problem, titleOnly));
            first?.focus();
          } finally {
            submit.disabled = false;
          }
        }) as unknown as EventListener,
      },
      summary,
      h(
        'fieldset',
        { class: 'field' },
        h('legend', {}, t('register.kind')),
        ...kindInputs.map((input, i) => h('label', { class: 'choice' }, input, ' ', t(i === 0 ? 'register.natural' : 'register.legal'))),
      ),
      ...fields.map((spec) => rows.get(spec.name)!),
      documentRow,
      h('div', { class: 'field' }, h('label', { for: 'language' }, t('register.language')), languageSelect),
      h(
        'div',
        { class: 'field' },
        h('label', { class: 'choice' }, accept, ' ', t('register.accept').replace('{version}', `${current.version}`)),
        h('p', {}, link('/terms', t('nav.terms')), ' · ', link('/privacy', t('privacy.title'))),
        slot('acceptTerms'),
      ),
      submit,
    );
    return [h('h1', { tabindex: '-1' }, t('register.title')), h('p', {}, t('register.lead')), done, form];
  },
};
