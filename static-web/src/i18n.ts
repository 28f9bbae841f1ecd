// Every string the UI shows, in Latvian first and English second. A key missing in either
// language fails the type check, so the table stays complete.

export type Language = 'lv' | 'en';
export const languages: readonly Language[] = ['lv', 'en'];

const lv = {
  'app.name': 'Klientu portāls',
  'app.company': 'VAS “Elektroniskie sakari”',
  'nav.skip': 'Pāriet uz saturu',
  'nav.main': 'Galvenā navigācija',
  'nav.home': 'Sākums',
  'nav.terms': 'Lietošanas noteikumi',
  'lang.switch': 'Valoda',
  'lang.lv': 'Latviešu',
  'lang.en': 'English',
  'home.title': 'VAS “Elektroniskie sakari” klientu portāls',
  'home.lead':
    'Radio atļauju turētājiem – fiziskām un juridiskām personām – vieta, kur redzēt norēķinu stāvokli, rēķinus un atļauju tehniskos parametrus un iesniegt iesniegumus.',
  'home.services': 'Portāla pakalpojumi',
  'home.service.balance': 'Informācija par norēķinu stāvokli: kas jāmaksā un kas ir kavēts',
  'home.service.invoices': 'Rēķini un pārskati, kuriem ir tāds pats juridisks spēks kā papīra dokumentiem',
  'home.service.payments': 'Maksājumi par VAS “Elektroniskie sakari” pakalpojumiem ar maksājumu partnera starpniecību',
  'home.service.permits': 'Esošo atļauju tehnisko parametru apskate',
  'home.service.submissions': 'Iesniegumi un pieprasījumi, arī pakalpojumu reģistrēšana un anulēšana',
  'home.scope': 'Pieejamo pakalpojumu apjoms atkarīgs no klienta reģistrētajiem pakalpojumiem un norēķinu kārtības.',
  'home.terms': 'Portāla lietošanu nosaka lietošanas noteikumi.',
  'home.termsLink': 'Lasīt lietošanas noteikumus',
  'terms.title': 'Klientu portāla lietošanas noteikumi',
  'terms.inForce': 'Spēkā esošā versija',
  'terms.version': 'Versija',
  'terms.approved': 'Apstiprināta',
  'terms.checksum': 'SHA-256 kontrolsumma',
  'terms.languageNote': '',
  'terms.history': 'Versiju vēsture',
  'terms.document': 'Dokuments',
  'terms.note': 'Piezīmes',
  'terms.text': 'Teksts',
  'terms.textKept': 'Pieejams (šajā lapā)',
  'terms.textNotKept': 'Portālā nav pieejams',
  'terms.loading': 'Ielādē noteikumus…',
  'notFound.title': 'Lapa nav atrasta',
  'notFound.body': 'Šādas lapas portālā nav.',
  'notFound.home': 'Uz sākumu',
  'unavailable.title': 'Portāls īslaicīgi nav pieejams.',
  'unavailable.body':
    'Notiek apkope vai radies darbības traucējums. Mēģiniet vēlāk vai sazinieties ar VAS “Elektroniskie sakari” citā veidā:',
  'unavailable.retrying': 'Portāls pārbaudīs savienojumu atkārtoti.',
  'footer.help': 'Palīdzība par portāla lietošanu',
  'footer.department': 'Klientu vadības nodaļa',
  'footer.phone': 'Tālrunis',
  'footer.email': 'E-pasts',
  'footer.address': 'Eksporta iela 5, Rīga, LV-1010',
  'footer.cookies': 'Portāla lietošanai pārlūkā jābūt ieslēgtām sīkdatnēm un JavaScript.',
  'nav.signIn': 'Pieslēgties',
  'nav.signOut': 'Atslēgties',
  'nav.account': 'Mans profils',
  'signIn.title': 'Pieslēgšanās portālam',
  'signIn.email': 'E-pasta adrese (lietotājvārds)',
  'signIn.password': 'Parole',
  'signIn.submit': 'Pieslēgties',
  'signIn.busy': 'Pieslēdzas…',
  'signIn.failed': 'Neizdevās pieslēgties. Pārbaudiet e-pasta adresi un paroli. Pēc vairākiem nesekmīgiem mēģinājumiem pieslēgšanās uz laiku tiek apturēta, un konta īpašnieks saņem e-pastu.',
  'signIn.blocked': 'Jūsu piekļuve portālam ir bloķēta. Sazinieties ar VAS “Elektroniskie sakari”.',
  'signIn.required': 'Ievadiet e-pasta adresi un paroli.',
  'signIn.terms': 'Pieslēdzoties jūs apliecināt, ka esat iepazinies ar lietošanas noteikumiem un piekrītat tos ievērot (30. punkts).',
  'account.title': 'Mans profils',
  'account.name': 'Vārds, uzvārds',
  'account.email': 'E-pasts (lietotājvārds)',
  'account.sessionEnds': 'Sesija beigsies',
  'account.clients': 'Klienti, kuru vārdā rīkojaties',
  'account.noClients': 'Jūs vēl nepārstāvat nevienu klientu.',
  'account.passwordDue': 'Jūsu parole ir jānomaina (noteikumu 15.3. punkts).',
  'account.termsDue': 'Lietošanas noteikumi ir mainījušies; pirms turpināt, tie jāpieņem.',
  'account.signInFirst': 'Lai redzētu šo lapu, pieslēdzieties.',
  'activity.title': 'Manas darbības',
  'activity.lead': 'Portāls reģistrē katru pieslēgšanos un konta darbību (noteikumu 23.3. punkts). Ja redzat ko tādu, ko nedarījāt jūs, nomainiet paroli un informējiet VAS “Elektroniskie sakari”.',
  'activity.when': 'Laiks',
  'activity.what': 'Darbība',
  'activity.result': 'Rezultāts',
  'activity.from': 'No kurienes',
  'action.sign-in': 'Pieslēgšanās',
  'action.sign-out': 'Atslēgšanās',
  'action.password-change': 'Paroles maiņa',
  'action.password-reset': 'Paroles atjaunošana',
  'action.password-reset-request': 'Paroles atjaunošanas pieprasījums',
  'result.succeeded': 'Izdevās',
  'result.failed': 'Neizdevās',
  'result.locked': 'Bloķēts',
  'result.blocked': 'Piekļuve bloķēta',
  'password.forgotTitle': 'Aizmirsāt paroli?',
  'password.forgotLead': 'Ievadiet savu e-pasta adresi. Ja tai ir konts, nosūtīsim saiti jaunas paroles iestatīšanai (derīga 60 minūtes).',
  'password.send': 'Sūtīt saiti',
  'password.sent': 'Ja šai adresei ir konts, saite ir nosūtīta. Pārbaudiet e-pastu.',
  'password.resetTitle': 'Jaunas paroles iestatīšana',
  'password.resetDone': 'Parole nomainīta. Visas sesijas ir beigtas.',
  'password.askAgain': 'Pieprasīt jaunu saiti',
  'password.linkInvalid': 'Saite nav derīga: tā jau izmantota vai tai beidzies termiņš. Pieprasiet jaunu.',
  'password.changeTitle': 'Paroles maiņa',
  'password.changeLead': 'Pēc paroles maiņas visas citas jūsu sesijas tiek beigtas, un jūs saņemsiet e-pastu.',
  'password.current': 'Pašreizējā parole',
  'password.currentWrong': 'Pašreizējā parole nav pareiza.',
  'password.new': 'Jaunā parole',
  'password.save': 'Saglabāt paroli',
  'password.change': 'Mainīt paroli',
  'signIn.forgot': 'Aizmirsāt paroli?',
  'rule.TooShort': 'Vismaz 8 rakstzīmes',
  'rule.TooLong': 'Ne vairāk kā 128 rakstzīmes',
  'rule.NeedsLetter': 'Vismaz viens burts',
  'rule.NeedsDigit': 'Vismaz viens cipars',
  'rule.ContainsEmailName': 'Nesatur e-pasta adreses vārda daļu',
  'rule.TooCommon': 'Šī parole ir pārāk izplatīta.',
  'rule.RecentlyUsed': 'Šo paroli nesen jau lietojāt.',
} as const;

export type MessageKey = keyof typeof lv;

const en: Record<MessageKey, string> = {
  'app.name': 'Client portal',
  'app.company': 'VAS “Elektroniskie sakari”',
  'nav.skip': 'Skip to content',
  'nav.main': 'Main navigation',
  'nav.home': 'Home',
  'nav.terms': 'Terms of use',
  'lang.switch': 'Language',
  'lang.lv': 'Latviešu',
  'lang.en': 'English',
  'home.title': 'Client portal of VAS “Elektroniskie sakari”',
  'home.lead':
    'For holders of radio permits – people and companies – to see what they owe, their invoices and the technical parameters of their permits, and to send applications.',
  'home.services': 'What the portal offers',
  'home.service.balance': 'Your settlement status: what is due and what is overdue',
  'home.service.invoices': 'Invoices and statements, with the same legal force as paper documents',
  'home.service.payments': 'Payments for the services of VAS “Elektroniskie sakari” through its payment partner',
  'home.service.permits': 'The technical parameters of your permits',
  'home.service.submissions': 'Applications and requests, including registering and cancelling services',
  'home.scope': 'Which services you see depends on the services your client has registered and on its billing arrangement.',
  'home.terms': 'Use of the portal is governed by its terms of use.',
  'home.termsLink': 'Read the terms of use',
  'terms.title': 'Terms of use of the client portal',
  'terms.inForce': 'Version in force',
  'terms.version': 'Version',
  'terms.approved': 'Approved',
  'terms.checksum': 'SHA-256 checksum',
  'terms.languageNote':
    'The terms of use are approved and published in Latvian only; the Latvian text below is the binding one. Ask VAS “Elektroniskie sakari” if you need help understanding it.',
  'terms.history': 'Version history',
  'terms.document': 'Document',
  'terms.note': 'Notes (in Latvian)',
  'terms.text': 'Text',
  'terms.textKept': 'Available (on this page)',
  'terms.textNotKept': 'Not available in the portal',
  'terms.loading': 'Loading the terms…',
  'notFound.title': 'Page not found',
  'notFound.body': 'The portal has no such page.',
  'notFound.home': 'Go to the home page',
  'unavailable.title': 'The portal is temporarily unavailable.',
  'unavailable.body':
    'It is under maintenance or has a fault. Try again later, or reach VAS “Elektroniskie sakari” another way:',
  'unavailable.retrying': 'The portal will check the connection again.',
  'footer.help': 'Help with the portal',
  'footer.department': 'Client management department',
  'footer.phone': 'Phone',
  'footer.email': 'Email',
  'footer.address': 'Eksporta iela 5, Riga, LV-1010',
  'footer.cookies': 'The portal needs cookies and JavaScript enabled in your browser.',
  'nav.signIn': 'Sign in',
  'nav.signOut': 'Sign out',
  'nav.account': 'My profile',
  'signIn.title': 'Sign in to the portal',
  'signIn.email': 'Email address (username)',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Signing in…',
  'signIn.failed': 'Sign-in failed. Check the email address and the password. After several failed attempts sign-in is paused for a while, and the account owner gets an email.',
  'signIn.blocked': 'Your access to the portal is blocked. Contact VAS “Elektroniskie sakari”.',
  'signIn.required': 'Enter the email address and the password.',
  'signIn.terms': 'By signing in you confirm that you have read the terms of use and agree to follow them (clause 30).',
  'account.title': 'My profile',
  'account.name': 'Name',
  'account.email': 'Email (username)',
  'account.sessionEnds': 'Session ends',
  'account.clients': 'Clients you act for',
  'account.noClients': 'You do not act for any client yet.',
  'account.passwordDue': 'Your password must be changed (clause 15.3 of the terms).',
  'account.termsDue': 'The terms of use have changed; you must accept them before you go on.',
  'account.signInFirst': 'Sign in to see this page.',
  'activity.title': 'My activity',
  'activity.lead': 'The portal records every sign-in and account action (clause 23.3 of the terms). If you see something you did not do, change your password and tell VAS “Elektroniskie sakari”.',
  'activity.when': 'When',
  'activity.what': 'Action',
  'activity.result': 'Result',
  'activity.from': 'From',
  'action.sign-in': 'Sign-in',
  'action.sign-out': 'Sign-out',
  'action.password-change': 'Password change',
  'action.password-reset': 'Password reset',
  'action.password-reset-request': 'Password reset request',
  'result.succeeded': 'Succeeded',
  'result.failed': 'Failed',
  'result.locked': 'Locked',
  'result.blocked': 'Access blocked',
  'password.forgotTitle': 'Forgot your password?',
  'password.forgotLead': 'Enter your email address. If it has an account, we will send a link to set a new password (valid 60 minutes).',
  'password.send': 'Send the link',
  'password.sent': 'If this address has an account, the link is on its way. Check your email.',
  'password.resetTitle': 'Set a new password',
  'password.resetDone': 'Password changed. All sessions have been ended.',
  'password.askAgain': 'Ask for a new link',
  'password.linkInvalid': 'The link is not valid: it was used already or it has expired. Ask for a new one.',
  'password.changeTitle': 'Change your password',
  'password.changeLead': 'Changing your password ends all your other sessions, and you will get an email.',
  'password.current': 'Current password',
  'password.currentWrong': 'The current password is wrong.',
  'password.new': 'New password',
  'password.save': 'Save the password',
  'password.change': 'Change password',
  'signIn.forgot': 'Forgot your password?',
  'rule.TooShort': 'At least 8 characters',
  'rule.TooLong': 'At most 128 characters',
  'rule.NeedsLetter': 'At least one letter',
  'rule.NeedsDigit': 'At least one digit',
  'rule.ContainsEmailName': 'Not the name part of your email address',
  'rule.TooCommon': 'This password is too common.',
  'rule.RecentlyUsed': 'You have used this password recently.',
};

export const messages: Record<Language, Record<MessageKey, string>> = { lv, en };

const storageKey = 'portal.language';
let current: Language = 'lv';

export function t(key: MessageKey): string {
  return messages[current][key];
}

export function language(): Language {
  return current;
}

/** The remembered choice, else Latvian: the portal is Latvian first. */
export function initialLanguage(storage: Pick<Storage, 'getItem'>): Language {
  const saved = storage.getItem(storageKey);
  return saved === 'en' || saved === 'lv' ? saved : 'lv';
}

export function setLanguage(next: Language, storage: Pick<Storage, 'setItem'>, root: HTMLElement): void {
  current = next;
  storage.setItem(storageKey, next);
  root.lang = next;
}

/** A business date (yyyy-mm-dd) as people read it in the chosen language. */
export function formatDate(isoDate: string, lang: Language = current): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (lang === 'lv') {
    return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}.`;
  }
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
