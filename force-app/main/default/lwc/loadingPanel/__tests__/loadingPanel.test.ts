import LoadingPanel from 'c/loadingPanel';
import { query, renderElement, resetDom } from 'test-utils';

interface SpinnerStub extends HTMLElement {
  alternativeText: string;
  size: string;
}

describe('c-loading-panel', () => {
  afterEach(() => {
    resetDom();
  });

  it('shows a small spinner that says what is loading', async () => {
    const element = await renderElement('c-loading-panel', LoadingPanel, { label: 'Loading NIPR tracking' });

    const spinner = query<SpinnerStub>(element, 'spinner');
    expect(spinner?.alternativeText).toBe('Loading NIPR tracking');
    expect(spinner?.size).toBe('small');
    expect(query(element, 'holder')?.className).toBe('holder');
  });

  it('holds a medium spinner in a taller block', async () => {
    const element = await renderElement('c-loading-panel', LoadingPanel, {
      label: 'Loading appointments',
      size: 'medium'
    });

    expect(query<SpinnerStub>(element, 'spinner')?.size).toBe('medium');
    expect(query(element, 'holder')?.className).toBe('holder holder_medium');
  });

  it('is accessible', async () => {
    const element = await renderElement('c-loading-panel', LoadingPanel, { label: 'Loading appointments' });

    await expect(element).toBeAccessible();
  });
});
