// Without the Offboarding_Terminate custom permission: the modal says so and offers nothing to submit.
import getTerminationContext from '@salesforce/apex/TerminationController.getTerminationContext';
import createTerminations from '@salesforce/apex/TerminationController.createTerminations';
import TerminateAppointments from 'c/terminateAppointments';
import { click, listen, query, renderElement, resetDom, select } from 'test-utils';

jest.mock('@salesforce/apex/TerminationController.getTerminationContext', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/TerminationController.createTerminations', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Terminate', () => ({ default: false }), { virtual: true });

const PRODUCER_ID = '003000000000001AAA';

function createComponent(): Promise<HTMLElement> {
  return renderElement('c-terminate-appointments', TerminateAppointments, { recordId: PRODUCER_ID });
}

describe('c-terminate-appointments without the Offboarding_Terminate permission', () => {
  afterEach(() => {
    resetDom();
    jest.restoreAllMocks();
    jest.clearAllMocks();
  });

  it('says the user may not terminate and loads nothing', async () => {
    const element = await createComponent();

    expect(query(element, 'no-permission')?.textContent).toContain(
      'You do not have permission to terminate appointments.'
    );
    expect(getTerminationContext).not.toHaveBeenCalled();
    expect(select(element, 'c-terminate-state-group')).toBeNull();
    expect(query(element, 'loading')).toBeNull();
  });

  it('moves focus to Cancel, the only control', async () => {
    // lightning-button's focus() moves focus to its inner button (a stub here): the call is what is checked.
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    const element = await createComponent();

    expect(focus.mock.contexts).toEqual([query(element, 'cancel')]);
  });

  it('offers Cancel only', async () => {
    const element = await createComponent();
    const close = listen(element, 'lightning__actionsclosescreen');

    expect(query(element, 'submit')).toBeNull();
    click(query(element, 'cancel'));

    expect(close).toHaveBeenCalledTimes(1);
    expect(createTerminations).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    const element = await createComponent();

    await expect(element).toBeAccessible();
  });
});
