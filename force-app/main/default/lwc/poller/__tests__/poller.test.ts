import { Poller, type PollerOptions } from 'c/poller';
import { advance } from 'test-utils';

const INTERVAL = 2000;

function poller(overrides: Partial<PollerOptions<string>> = {}) {
  const options = {
    intervalMs: INTERVAL,
    maxPolls: 3,
    ask: jest.fn(() => Promise.resolve('running')),
    onAnswer: jest.fn((answer: string) => answer === 'done'),
    onGiveUp: jest.fn(),
    onError: jest.fn(),
    ...overrides
  };
  return { options, poller: new Poller<string>(options) };
}

describe('c/poller', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('asks every interval until an answer settles it', async () => {
    const ask = jest.fn<Promise<string>, []>().mockResolvedValueOnce('running').mockResolvedValueOnce('done');
    const { options, poller: subject } = poller({ ask });

    subject.start();
    expect(subject.isRunning).toBe(true);
    await advance(INTERVAL - 1);
    expect(ask).not.toHaveBeenCalled();
    await advance(1);
    expect(ask).toHaveBeenCalledTimes(1);
    await advance(INTERVAL);

    expect(jest.mocked(options.onAnswer).mock.calls).toEqual([['running'], ['done']]);
    expect(subject.isRunning).toBe(false);
    await advance(INTERVAL * 3);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('asks nothing once stopped', async () => {
    const { options, poller: subject } = poller();

    subject.start();
    subject.stop();
    await advance(INTERVAL * 3);

    expect(options.ask).not.toHaveBeenCalled();
    expect(subject.isRunning).toBe(false);
  });

  it('asks at once when told to', async () => {
    const { options, poller: subject } = poller();

    subject.start({ now: true });
    await advance(0);

    expect(options.ask).toHaveBeenCalledTimes(1);
  });

  it('gives up after maxPolls unsettled answers', async () => {
    const { options, poller: subject } = poller();

    subject.start();
    await advance(INTERVAL * 10);

    expect(options.ask).toHaveBeenCalledTimes(3);
    expect(options.onGiveUp).toHaveBeenCalledTimes(1);
    expect(subject.isRunning).toBe(false);
  });

  it('stops on the first failed question', async () => {
    const error = new Error('offline');
    const { options, poller: subject } = poller({ ask: jest.fn(() => Promise.reject(error)) });

    subject.start();
    await advance(INTERVAL * 3);

    expect(options.onError).toHaveBeenCalledWith(error);
    expect(options.ask).toHaveBeenCalledTimes(1);
    expect(subject.isRunning).toBe(false);
  });

  it('ignores an answer or an error that arrives after stop', async () => {
    let answer: (value: string) => void = () => undefined;
    let fail: (error: Error) => void = () => undefined;
    const ask = jest
      .fn<Promise<string>, []>()
      .mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))
      .mockReturnValueOnce(new Promise((_resolve, reject) => (fail = reject)));
    const { options, poller: subject } = poller({ ask });

    subject.start({ now: true });
    subject.stop();
    answer('done');
    subject.start({ now: true });
    subject.stop();
    fail(new Error('late'));
    await advance(INTERVAL * 3);

    expect(options.onAnswer).not.toHaveBeenCalled();
    expect(options.onError).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('lets onAnswer stop or restart it', async () => {
    const { options, poller: subject } = poller({
      onAnswer: jest.fn(() => {
        subject.stop();
        return false;
      })
    });

    subject.start({ now: true });
    await advance(INTERVAL * 3);
    expect(options.ask).toHaveBeenCalledTimes(1);

    let restarts = 0;
    const restarting = poller({
      onAnswer: jest.fn(() => {
        if (restarts < 1) {
          restarts += 1;
          restarting.poller.start();
        }
        return false;
      })
    });
    restarting.poller.start({ now: true });
    await advance(0);
    await advance(INTERVAL);
    expect(restarting.options.ask).toHaveBeenCalledTimes(2);
  });
});
