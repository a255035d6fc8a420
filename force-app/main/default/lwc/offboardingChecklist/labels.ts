// What the offboarding checklist shows a user, in one place. The steps' titles, states, hints and warnings come
// from c/offboardingCore (offboardingSteps); server errors from its errorText.
import { plural } from 'c/offboardingCore';

export const labels = {
  title: 'Offboarding checklist',
  loading: 'Loading the offboarding checklist',
  loadFailed: 'The offboarding checklist could not be loaded. Reload the page to try again.',
  complete: (name: string) => `${name} is offboarded: every step is done.`,
  nextStep: (number: number, title: string) => `Next step: ${number}. ${title}`,
  states: { done: 'Done', current: 'Next step', blocked: 'Blocked', todo: 'To do' },
  warningIcon: 'Warning',
  infoIcon: 'Note',
  openTransactions: 'Open NIPR Transactions',
  firmTitle: "The firm's producers",
  firmProducers: (count: number) => `${plural(count, 'producer', 'producers')} (Contacts)`,
  firmActive: (count: number) => `${count} with active appointments`,
  firmPortal: (count: number) => `${count} with an enabled portal user`,
  firmTracking: (count: number) => `${count} with NIPR tracking Active`
} as const;
