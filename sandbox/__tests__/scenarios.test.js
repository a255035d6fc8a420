/**
 * @jest-environment node
 */
// The service scenarios (data/scenarios/*.json) against the sandbox's Apex stand-ins: the same files
// ServiceScenariosTest.cls runs against the Apex (through the generated ServiceScenarios static resource), so the two
// sides keep one behaviour contract. A failure names the scenario and what differed.
const { useOrgBundle } = require('../test/orgForJest');
const { START, check, loadScenarios, loadUsers, runScenario } = require('../test/scenarios');

const scenarios = loadScenarios();
const users = loadUsers();
const orgModule = useOrgBundle();

afterAll(() => {
  jest.useRealTimers();
});

test('the scenario files hold at least 60 scenarios with unique names', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(60);
  expect(new Set(scenarios.map((scenario) => scenario.name)).size).toBe(scenarios.length);
});

test.each(scenarios.map((scenario) => [scenario.name, scenario]))('%s', (_name, scenario) => {
  let now = START;
  jest.useFakeTimers({ now, doNotFake: ['nextTick', 'setImmediate'] });
  const advance = (ms) => {
    now += ms;
    jest.setSystemTime(now);
  };
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const problems = check(scenario, runScenario(orgModule(), scenario, users, { now, advance }));
    expect(problems).toEqual([]);
  } finally {
    consoleError.mockRestore();
    jest.useRealTimers();
  }
});
