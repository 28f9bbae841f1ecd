// Every page by its path.

import type { Page } from './router';
import { accountPage } from './pages/account/account';
import { activatePage, confirmEmailPage } from './pages/account/activate';
import { activityPage } from './pages/account/activity';
import { changePasswordPage, forgotPasswordPage, resetPasswordPage } from './pages/account/password';
import { registerPage } from './pages/account/register';
import { sessionsPage } from './pages/account/sessions';
import { externalSignInPage } from './pages/account/external';
import { signInPage } from './pages/account/sign-in';
import { billingAccountsPage } from './pages/billing/billing-accounts';
import { invoicesPage } from './pages/billing/invoices';
import { paymentsPage } from './pages/billing/payments';
import { statementPage } from './pages/billing/statement';
import { invitationPage } from './pages/clients/invitation';
import { clientPage } from './pages/clients/overview';
import { representativesPage } from './pages/clients/representatives';
import { homePage } from './pages/home';
import { accessibilityPage } from './pages/accessibility/accessibility';
import { invoicePage } from './pages/billing/invoice';
import { payPage } from './pages/payments/pay';
import { paymentPage } from './pages/payments/payment';
import { permitPage } from './pages/permits/permit';
import { permitsPage } from './pages/permits/permits';
import { privacyPage } from './pages/privacy/privacy';
import { reportsPage } from './pages/reports/reports';
import { feedbackPage } from './pages/submissions/feedback';
import { submissionPage } from './pages/submissions/submission';
import { submissionsPage } from './pages/submissions/submissions';
import { staffRegistrationPage } from './pages/staff/application';
import { staffRegistrationsPage } from './pages/staff/applications';
import { staffClientPage } from './pages/staff/client';
import { staffClientsPage } from './pages/staff/clients';
import { staffFeedbackPage } from './pages/staff/feedback';
import { staffInvitationsPage } from './pages/staff/invitations';
import { staffPaymentsPage } from './pages/staff/payments';
import { staffHomePage, staffSignInPage } from './pages/staff/sign-in';
import { staffTermsPage } from './pages/staff/terms';
import { staffUserPage } from './pages/staff/user';
import { staffUsersPage } from './pages/staff/users';
import { acceptTermsPage } from './pages/terms/accept-terms';
import { termsPage } from './pages/terms/terms';

export { notFoundPage } from './pages/not-found';

export const routes: Record<string, Page> = {
  '/': homePage,
  '/terms': termsPage,
  '/privacy': privacyPage,
  '/accessibility': accessibilityPage,
  '/sign-in': signInPage,
  '/sign-in/external': externalSignInPage,
  '/account': accountPage,
  '/forgot-password': forgotPasswordPage,
  '/reset-password': resetPasswordPage,
  '/change-password': changePasswordPage,
  '/activity': activityPage,
  '/sessions': sessionsPage,
  '/accept-terms': acceptTermsPage,
  '/register': registerPage,
  '/activate': activatePage,
  '/confirm-email': confirmEmailPage,
  '/staff': staffHomePage,
  '/staff/sign-in': staffSignInPage,
  '/staff/registrations': staffRegistrationsPage,
  '/staff/registration': staffRegistrationPage,
  '/staff/users': staffUsersPage,
  '/staff/user': staffUserPage,
  '/staff/terms': staffTermsPage,
  '/staff/invitations': staffInvitationsPage,
  '/staff/clients': staffClientsPage,
  '/staff/feedback': staffFeedbackPage,
  '/staff/payments': staffPaymentsPage,
  '/staff/client': staffClientPage,
  '/client': clientPage,
  '/representatives': representativesPage,
  '/invitation': invitationPage,
  '/invoices': invoicesPage,
  '/invoice': invoicePage,
  '/payments': paymentsPage,
  '/pay': payPage,
  '/payment': paymentPage,
  '/statement': statementPage,
  '/billing-accounts': billingAccountsPage,
  '/permits': permitsPage,
  '/permit': permitPage,
  '/reports': reportsPage,
  '/submissions': submissionsPage,
  '/submission': submissionPage,
  '/feedback': feedbackPage,
};

/** Pages a user with a pending step may still open; anything else leads to the step (the server refuses it too). */
export const openDuringSteps = new Set(['/terms', '/privacy', '/accessibility', '/change-password', '/accept-terms']);
