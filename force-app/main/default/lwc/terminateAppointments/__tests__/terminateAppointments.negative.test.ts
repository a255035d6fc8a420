// Without the Offboarding_Terminate custom permission: the modal says so and offers nothing to submit.
import { createElement } from 'lwc';
import getTerminationContext from '@salesforce/apex/TerminationController.getTerminationContext';
import createTerminations from '@salesforce/apex/TerminationController.createTerminations';
import TerminateAppointments from 'c/terminateAppointments';

jest.mock('@salesforce/apex/TerminationController.getTerminationContext', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/TerminationController.createTerminations', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Terminate', () => ({ default: false }), { virtual: true });

const PRODUCER_ID = '003000000000001AAA';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function createComponent(): Promise<HTMLElement> {
  const element = createElement('c-terminate-appointments', { is: TerminateAppointments });
  Object.assign(element, { recordId: PRODUCER_ID });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function query(element: HTMLElement, dataId: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[data-id="${dataId}"]`) ?? null;
}

describe('c-terminate-appointments without the Offboarding_Terminate permission', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('says the user may not terminate and loads nothing', async () => {
    const element = await createComponent();

    expect(query(element, 'no-permission')?.textContent).toContain(
      'You do not have permission to terminate appointments.'
    );
    expect(getTerminationContext).not.toHaveBeenCalled();
    expect(element.shadowRoot?.querySelector('c-terminate-state-group')).toBeNull();
    expect(query(element, 'loading')).toBeNull();
  });

  it('offers Cancel only', async () => {
    const element = await createComponent();
    const close = jest.fn();
    element.addEventListener('lightning__actionsclosescreen', close);

    expect(query(element, 'submit')).toBeNull();
    query(element, 'cancel')?.dispatchEvent(new CustomEvent('click'));

    expect(close).toHaveBeenCalledTimes(1);
    expect(createTerminations).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    const element = await createComponent();

    await expect(element).toBeAccessible();
  });
});
