import ErrorPanel from 'c/errorPanel';
import { flushPromises, query, renderElement, resetDom, text } from 'test-utils';

interface PanelElement extends HTMLElement {
  message: string | null | undefined;
  spacing: 'top' | 'bottom' | undefined;
}

function createComponent(props: Partial<Pick<PanelElement, 'message' | 'spacing'>> = {}): Promise<PanelElement> {
  return renderElement<PanelElement>('c-error-panel', ErrorPanel, props);
}

describe('c-error-panel', () => {
  afterEach(() => {
    resetDom();
  });

  it('shows the message as an SLDS error notification inside an alert region', async () => {
    const element = await createComponent({ message: 'The record could not be saved.' });

    const message = query(element, 'message');
    expect(text(message)).toBe('The record could not be saved.');
    expect(message?.className).toBe('slds-scoped-notification slds-theme_error');
    expect(message?.parentElement).toBe(query(element, 'region'));
    expect(query(element, 'region')?.getAttribute('role')).toBe('alert');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', '']
  ])('shows nothing without a message (%s) but keeps the alert region', async (_name, message) => {
    const element = await createComponent({ message });

    expect(query(element, 'message')).toBeNull();
    expect(query(element, 'region')?.getAttribute('role')).toBe('alert');
    expect(text(query(element, 'region'))).toBe('');
  });

  it('shows a message that arrives later in the region already there, and hides it again', async () => {
    const element = await createComponent();
    const region = query(element, 'region');

    element.message = 'NIPR is down.';
    await flushPromises();
    expect(text(query(element, 'message'))).toBe('NIPR is down.');
    expect(query(element, 'region')).toBe(region);

    element.message = null;
    await flushPromises();
    expect(query(element, 'message')).toBeNull();
  });

  it.each([
    ['top', 'slds-scoped-notification slds-theme_error slds-m-top_small'],
    ['bottom', 'slds-scoped-notification slds-theme_error slds-m-bottom_small']
  ] as const)('spaces the notification from the %s', async (spacing, className) => {
    const element = await createComponent({ message: 'Failed.', spacing });

    expect(query(element, 'message')?.className).toBe(className);
  });

  it('is accessible', async () => {
    const element = await createComponent({ message: 'The record could not be saved.' });

    await expect(element).toBeAccessible();
  });
});

describe('c-error-panel with an error id', () => {
  afterEach(() => {
    resetDom();
  });

  const LONG =
    'The submission could not be saved: an unexpected error occurred (error id 7F3A9C21). Your administrator can find the details under Offboarding Logs.';

  it('shows the whole message, and the error id as its own selectable text', async () => {
    const element = await createComponent({ message: LONG });

    expect(query(element, 'message')?.textContent).toBe(LONG);
    const id = query(element, 'error-id');
    expect(id?.textContent).toBe('7F3A9C21');
    expect(id?.className).toBe('error-id');
    await expect(element).toBeAccessible();
  });

  it('shows a message without an id as it is', async () => {
    const element = await createComponent({ message: 'Nothing was sent.' });

    expect(query(element, 'message')?.textContent).toBe('Nothing was sent.');
    expect(query(element, 'error-id')).toBeNull();
  });
});
