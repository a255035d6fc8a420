import rulesJson from '../../../../../../data/compliance/state-termination-rules.json';
import complianceVectorsJson from '../../../../../../data/compliance/vectors.json';
import vectorsJson from './data/transactions.json';
import {
  TRANSACTION_STATUSES,
  actionableRows,
  explainTransaction,
  filterTransactions,
  channelText,
  describeNiprCode,
  filedElsewhereDetail,
  isTransactionKind,
  kindOf,
  sharedProducerName,
  transactionMessages,
  formatMoney,
  fromApexQuote,
  fromApexTransaction,
  DEFAULT_SUBMIT_TIMEOUT_MINUTES,
  OPEN_STATUSES,
  TRANSITIONS,
  WORKFLOW_STATUSES,
  actionsFrom,
  fromApexGatewayStatus,
  gatewayBlocks,
  idsBeingFiled,
  idsToCheck,
  idsToRefresh,
  idsToResend,
  isAllowedTransition,
  newRequestId,
  rowActions,
  uuidFromBytes,
  isTransactionStatus,
  itemTotal,
  keepActionable,
  mergeTransactions,
  newestFirst,
  niprFeeEach,
  parseComplianceRules,
  producerChoices,
  quoteFor,
  quoteMatches,
  rulesByState,
  sameAmount,
  selectAllActionable,
  selectionText,
  stateChoices,
  stateFeeEach,
  summarizeSelection,
  toCents,
  toTransactionQuery,
  toggleSelection
} from '../offboardingCore';
import type {
  NiprTransactionStatus,
  OffboardingSetting,
  TransactionExplanation,
  TransactionFilter,
  TransactionQuote,
  TransactionQuoteItem,
  TransactionRecord
} from '../offboardingCore';

// ----------------------------------------------------------------------------------------------------------------
// Fixtures

interface ExplainVector {
  readonly name: string;
  readonly tx: {
    readonly status: string;
    readonly state: string;
    readonly stateName: string;
    readonly statusDetail?: string;
    readonly nextStep?: string;
    readonly niprCode?: string;
    readonly stuck?: boolean;
  };
  readonly rule?: string;
  readonly expect: TransactionExplanation;
}

interface QuoteVector {
  readonly name: string;
  readonly setting: { readonly niprFeePerTransaction: number; readonly gatewayMode: string };
  readonly transactions: readonly {
    readonly id: string;
    readonly state: string;
    readonly companyName: string;
    readonly linesOfAuthority: string;
  }[];
  readonly expect: TransactionQuote;
}

interface Vectors {
  readonly explain: readonly ExplainVector[];
  /** Shared with the Apex QuoteVectorsTest: data/compliance/vectors.json, key quotes. */
  readonly quotes: readonly QuoteVector[];
}

const vectors: Vectors = {
  explain: (vectorsJson as unknown as Pick<Vectors, 'explain'>).explain,
  quotes: (complianceVectorsJson as unknown as Pick<Vectors, 'quotes'>).quotes
};
const rules = parseComplianceRules(rulesJson);
const byState = rulesByState(rules);

function setting(value: QuoteVector['setting']): OffboardingSetting {
  return {
    niprFeePerTransaction: value.niprFeePerTransaction,
    gatewayMode: value.gatewayMode === 'Live' ? 'Live' : 'Simulated'
  };
}

/** A transaction as the page holds it; `status` Ready to Submit unless given. */
function tx(id: string, overrides: Partial<TransactionRecord> = {}): TransactionRecord {
  return {
    id,
    name: `NTX-${id}`,
    producerId: 'p1',
    producerName: 'Pat Producer',
    appointmentId: `apt-${id}`,
    state: 'NJ',
    stateName: 'New Jersey',
    companyName: 'Acme Life',
    licenseClass: 'Life',
    linesOfAuthority: 'Life',
    lines: 1,
    reasonCode: 'Vol',
    effectiveDate: '2026-03-01',
    fee: 26.53,
    status: 'Ready to Submit',
    statusText: 'Ready to Submit',
    statusDetail: null,
    nextStep: null,
    niprCode: null,
    niprReference: null,
    createdDate: '2026-03-02T15:00:00.000Z',
    createdOn: '2026-03-02',
    submittedOn: null,
    submissionStartedOn: null,
    stuck: false,
    ...overrides
  };
}

function withStatus(id: string, status: NiprTransactionStatus, overrides: Partial<TransactionRecord> = {}) {
  return tx(id, { status, statusText: status, ...overrides });
}

// ----------------------------------------------------------------------------------------------------------------

describe('explainTransaction', () => {
  it('has a vector for every status', () => {
    const covered = new Set(vectors.explain.map((c) => c.tx.status));
    expect(TRANSACTION_STATUSES.filter((status) => !covered.has(status))).toEqual([]);
  });

  it.each(vectors.explain)('$name', (c) => {
    const status = isTransactionStatus(c.tx.status) ? c.tx.status : null;
    const explained = explainTransaction(
      {
        status,
        statusText: c.tx.status,
        state: c.tx.state,
        stateName: c.tx.stateName,
        statusDetail: c.tx.statusDetail ?? null,
        nextStep: c.tx.nextStep ?? null,
        niprCode: c.tx.niprCode ?? null,
        stuck: c.tx.stuck ?? false
      },
      c.rule ? byState.get(c.rule) : undefined
    );
    expect(explained).toEqual(c.expect);
  });

  it('never leaves a status without an explanation or a next step', () => {
    for (const status of TRANSACTION_STATUSES) {
      const explained = explainTransaction(withStatus('t1', status, { stateName: '' }));
      expect(explained.explanation).not.toBe('');
      expect(explained.nextStep).not.toBe('');
      expect(explained.explanation).not.toMatch(/undefined|null/);
    }
  });

  it('names the state by its code when the name is missing, and shows a dash for a missing status', () => {
    expect(explainTransaction(withStatus('t1', 'Rejected', { stateName: '' })).explanation).toBe(
      'NJ rejected the termination.'
    );
    expect(explainTransaction(tx('t1', { status: null, statusText: '' })).label).toBe('—');
  });
});

// ----------------------------------------------------------------------------------------------------------------

describe('selection', () => {
  const rows = [
    withStatus('t1', 'Ready to Submit', { fee: 26.53 }),
    withStatus('t2', 'Draft'),
    withStatus('t3', 'Ready to Submit', { fee: 21.53 }),
    withStatus('t4', 'Submitted'),
    withStatus('t5', 'Ready to Submit', { fee: 16.53 }),
    tx('t6', { status: null, statusText: 'On Hold' })
  ];

  it('lists only the Ready to Submit rows as actionable', () => {
    expect(actionableRows(rows).map((row) => row.id)).toEqual(['t1', 't3', 't5']);
  });

  it.each([
    ['select all picks only the actionable rows', true, ['t1', 't3', 't5']],
    ['clearing select all picks none', false, []]
  ])('%s', (_name, checked, expected) => {
    expect(selectAllActionable(rows, checked)).toEqual(expected);
  });

  it.each([
    ['adds a row, in the rows order', ['t5'], 't1', true, ['t1', 't5']],
    ['removes a row', ['t1', 't5'], 't1', false, ['t5']],
    ['never adds a row that is not actionable', ['t1'], 't2', true, ['t1']],
    ['drops ids no longer actionable', ['t4', 'gone', 't3'], 't5', true, ['t3', 't5']]
  ])('toggle %s', (_name, selected, id, checked, expected) => {
    expect(toggleSelection(rows, selected, id, checked)).toEqual(expected);
  });

  it('keeps only the selected ids still actionable after a refresh', () => {
    const after = mergeTransactions(rows, [withStatus('t1', 'Submitted')]);
    expect(keepActionable(after, ['t1', 't3', 't2'])).toEqual(['t3']);
  });

  it.each([
    ['nothing selected', [], { count: 0, total: 0, allSelected: false, someSelected: false }],
    ['two of three', ['t1', 't3'], { count: 2, total: 48.06, allSelected: false, someSelected: true }],
    ['all three', ['t5', 't3', 't1'], { count: 3, total: 64.59, allSelected: true, someSelected: false }],
    ['ids that are not actionable are ignored', ['t2', 't4', 't6'], { count: 0, total: 0, allSelected: false }]
  ])('summarizes %s', (_name, selected, expected) => {
    expect(summarizeSelection(rows, selected)).toMatchObject({ available: 3, feeUnknown: false, ...expected });
  });

  it('sums in cents and flags a row without a fee', () => {
    const cents = [withStatus('a', 'Ready to Submit', { fee: 0.1 }), withStatus('b', 'Ready to Submit', { fee: 0.2 })];
    expect(summarizeSelection(cents, ['a', 'b']).total).toBe(0.3);
    const unknown = summarizeSelection([withStatus('a', 'Ready to Submit', { fee: null })], ['a']);
    expect(unknown).toMatchObject({ count: 1, total: 0, feeUnknown: true, allSelected: true });
  });

  it('says the running count and total', () => {
    expect(selectionText(summarizeSelection(rows, ['t1', 't3']))).toBe('2 of 3 selected · $48.06');
    expect(formatMoney(1234.5)).toBe('$1,234.50');
  });
});

// ----------------------------------------------------------------------------------------------------------------

describe('rows', () => {
  const rows = TRANSACTION_STATUSES.map((status, index) => withStatus(`t${index}`, status));

  it('checks Draft, Needs Attention and Ready to Submit rows with the gateway', () => {
    expect(idsToCheck(rows).map((id) => rows.find((row) => row.id === id)?.status)).toEqual([
      'Draft',
      'Ready to Submit',
      'Needs Attention'
    ]);
  });

  it('re-reads the Submitting rows NIPR may still answer, and resends only the stuck ones', () => {
    const filing = [
      withStatus('s1', 'Submitting'),
      withStatus('s2', 'Submitting', { stuck: true }),
      withStatus('s3', 'Submitted', { stuck: true }),
      withStatus('s4', 'Ready to Submit')
    ];
    expect(idsBeingFiled(filing)).toEqual(['s1']);
    expect(idsToResend(filing)).toEqual(['s2']);
  });

  it('refreshes the Submitted rows', () => {
    expect(idsToRefresh(rows).map((id) => rows.find((row) => row.id === id)?.status)).toEqual(['Submitted']);
  });

  it('merges the rows the server sent back, keeping the order and ignoring others', () => {
    const merged = mergeTransactions(
      [tx('a'), tx('b'), tx('c')],
      [withStatus('b', 'Submitted'), withStatus('z', 'Accepted')]
    );
    expect(merged.map((row) => `${row.id}:${row.status ?? ''}`)).toEqual([
      'a:Ready to Submit',
      'b:Submitted',
      'c:Ready to Submit'
    ]);
  });

  it('orders newest first, then by name', () => {
    const ordered = newestFirst([
      tx('1', { name: 'NTX-000009', createdDate: '2026-03-01T10:00:00.000Z' }),
      tx('2', { name: 'NTX-000010', createdDate: '2026-03-01T10:00:00.000Z' }),
      tx('3', { name: 'NTX-000001', createdDate: '2026-03-05T10:00:00.000Z' }),
      tx('4', { name: 'NTX-000002', createdDate: null })
    ]);
    expect(ordered.map((row) => row.id)).toEqual(['3', '2', '1', '4']);
  });
});

// ----------------------------------------------------------------------------------------------------------------

describe('filterTransactions', () => {
  const rows = [
    tx('a', { producerId: 'p1', state: 'NJ', createdOn: '2026-03-01' }),
    withStatus('b', 'Submitted', { producerId: 'p2', state: 'NC', createdOn: '2026-03-05' }),
    withStatus('c', 'Rejected', { producerId: 'p1', state: 'NC', createdOn: '2026-03-10' }),
    tx('d', { producerId: 'p2', state: 'TN', createdOn: null })
  ];

  it.each<[string, TransactionFilter, string[]]>([
    ['no filter', {}, ['a', 'b', 'c', 'd']],
    [
      'empty and null filters',
      { producerId: '', state: null, status: null, fromDate: '', toDate: null },
      ['a', 'b', 'c', 'd']
    ],
    ['producer', { producerId: 'p1' }, ['a', 'c']],
    ['state', { state: 'NC' }, ['b', 'c']],
    ['status', { status: 'Ready to Submit' }, ['a', 'd']],
    ['from a day (inclusive)', { fromDate: '2026-03-05' }, ['b', 'c']],
    ['to a day (inclusive)', { toDate: '2026-03-05' }, ['a', 'b']],
    ['a date range', { fromDate: '2026-03-02', toDate: '2026-03-09' }, ['b']],
    ['from after to matches nothing', { fromDate: '2026-03-09', toDate: '2026-03-02' }, []],
    [
      'every filter at once',
      { producerId: 'p1', state: 'NC', status: 'Rejected', fromDate: '2026-03-10', toDate: '2026-03-10' },
      ['c']
    ]
  ])('%s', (_name, filter, expected) => {
    expect(filterTransactions(rows, filter).map((row) => row.id)).toEqual(expected);
  });

  it('turns the filter into a query without the empty fields', () => {
    expect(toTransactionQuery({ producerId: 'p1', state: '', status: 'Submitted', fromDate: null })).toEqual({
      producerId: 'p1',
      status: 'Submitted'
    });
    expect(toTransactionQuery({})).toEqual({});
  });

  it('offers the producers and states seen so far, by name', () => {
    const producers = producerChoices([
      tx('a', { producerId: 'p2', producerName: 'Zed' }),
      tx('b', { producerName: '' })
    ]);
    expect(producers).toEqual([
      { value: 'p1', label: 'p1' },
      { value: 'p2', label: 'Zed' }
    ]);
    expect(
      producerChoices([tx('c', { producerId: 'p3', producerName: 'Amy' })], producers).map((c) => c.label)
    ).toEqual(['Amy', 'p1', 'Zed']);
    expect(
      stateChoices(
        [
          tx('a', { state: 'NC', stateName: 'North Carolina' }),
          tx('b', { state: 'NJ', stateName: '' }),
          tx('c', { state: '' })
        ],
        [{ value: 'NJ', label: 'New Jersey' }]
      )
    ).toEqual([
      { value: 'NJ', label: 'New Jersey' },
      { value: 'NC', label: 'North Carolina' }
    ]);
  });
});

// ----------------------------------------------------------------------------------------------------------------

describe('quoteFor', () => {
  it('reads the shared quote vectors, the issue 6 acceptance example first', () => {
    expect(vectors.quotes.length).toBeGreaterThanOrEqual(4);
    expect(vectors.quotes[0]?.name).toMatch(/^issue 6 acceptance/);
  });

  it.each(vectors.quotes)('$name', (c) => {
    const transactions = c.transactions.map((t) => tx(t.id, { ...t, licenseClass: '' }));
    expect(quoteFor(transactions, rules, setting(c.setting))).toEqual(c.expect);
  });

  it('itemizes the issue 6 acceptance example as F x 4, NJ $25, NC $10 x 2 (per line) and TN $15', () => {
    const [example] = vectors.quotes;
    if (!example) {
      throw new Error('no quote vectors');
    }
    const quote = quoteFor(
      example.transactions.map((t) => tx(t.id, t)),
      rules,
      { niprFeePerTransaction: 1.53, gatewayMode: 'Simulated' }
    );
    expect(quote.items.map((item) => item.niprFee)).toEqual([1.53, 1.53, 1.53, 1.53]);
    expect(quote.items.map((item) => [item.state, item.stateFee, item.lines])).toEqual([
      ['NJ', 25, 1],
      ['NC', 10, 1],
      ['NC', 10, 1],
      ['TN', 15, 1]
    ]);
    // The same total NiprTransactionServiceTest asserts for the Apex quote: 4F + $60 = $66.12.
    expect(quote.total).toBe(66.12);
  });

  it('charges North Carolina per line when a row holds several lines of authority', () => {
    const example = vectors.quotes[1];
    if (!example) {
      throw new Error('no multi-line quote vector');
    }
    const quote = quoteFor(
      example.transactions.map((t) => tx(t.id, t)),
      rules,
      { niprFeePerTransaction: 1.53, gatewayMode: 'Simulated' }
    );
    expect(quote.items.map((item) => [item.state, item.stateFee, item.lines])).toEqual([
      ['NJ', 25, 1],
      ['NC', 20, 2],
      ['NC', 20, 2],
      ['TN', 15, 2]
    ]);
    expect(quote.total).toBe(86.12);
  });
});

describe('quoteMatches', () => {
  const [example] = vectors.quotes;
  const server: TransactionQuote = example?.expect ?? {
    items: [],
    niprTotal: 0,
    stateTotal: 0,
    total: 0,
    statesWithUnknownFee: []
  };
  const client = quoteFor(
    (example?.transactions ?? []).map((t) => tx(t.id, t)),
    rules,
    { niprFeePerTransaction: 1.53, gatewayMode: 'Simulated' }
  );
  const [first, ...rest] = server.items;

  it('matches the server quote of the acceptance example, in any order', () => {
    expect(quoteMatches(client, server)).toBe(true);
    expect(quoteMatches(client, { ...server, items: [...server.items].reverse() })).toBe(true);
  });

  it.each<[string, TransactionQuote]>([
    ['a different total', { ...server, total: 66.13 }],
    ['a different NIPR total', { ...server, niprTotal: 6.11 }],
    ['a different state total', { ...server, stateTotal: 59 }],
    ['a missing item', { ...server, items: rest }],
    ['another transaction', { ...server, items: first ? [{ ...first, transactionId: 'other' }, ...rest] : rest }],
    ['a state fee that changed', { ...server, items: first ? [{ ...first, stateFee: 35 }, ...rest] : rest }],
    ['an unknown state fee', { ...server, items: first ? [{ ...first, stateFee: null }, ...rest] : rest }],
    ['a NIPR fee that changed', { ...server, items: first ? [{ ...first, niprFee: 1.6 }, ...rest] : rest }],
    ['an item listed twice', { ...server, items: first ? [first, first, ...rest.slice(1)] : rest }],
    ['another state with an unknown fee', { ...server, statesWithUnknownFee: ['MA'] }]
  ])('does not match %s', (_name, other) => {
    expect(quoteMatches(client, other)).toBe(false);
  });

  it('compares amounts to the cent', () => {
    expect(sameAmount(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameAmount(86.12, 86.13)).toBe(false);
  });
});

describe('quote items', () => {
  const item = (overrides: Partial<TransactionQuoteItem>): TransactionQuoteItem => ({
    transactionId: 't1',
    state: 'NC',
    stateName: 'North Carolina',
    companyName: 'Acme Life',
    lines: 2,
    niprFee: 1.53,
    stateFee: 20,
    feeBasis: 'per-line',
    ...overrides
  });

  it.each<[string, Partial<TransactionQuoteItem>, number, number | null]>([
    ['per line: $10 × 2 lines', {}, 21.53, 10],
    ['per line, 3 lines of $3.33', { lines: 3, stateFee: 9.99 }, 11.52, 3.33],
    ['per termination', { feeBasis: 'per-termination', stateFee: 25, lines: 1 }, 26.53, 25],
    ['no basis stated: charged once', { feeBasis: null, stateFee: 15 }, 16.53, 15],
    ['unknown state fee: the NIPR fee only', { stateFee: null }, 1.53, null],
    ['a per-line item without lines counts one', { lines: 0, stateFee: 10 }, 11.53, 10]
  ])('%s', (_name, overrides, total, each) => {
    expect(itemTotal(item(overrides))).toBe(total);
    expect(stateFeeEach(item(overrides))).toBe(each);
  });

  it('names the NIPR fee every item pays, or none when they differ', () => {
    const quote = (fees: number[]): TransactionQuote => ({
      items: fees.map((niprFee, index) => item({ transactionId: `t${index}`, niprFee })),
      niprTotal: 0,
      stateTotal: 0,
      total: 0,
      statesWithUnknownFee: []
    });
    expect(niprFeeEach(quote([1.53, 1.53]))).toBe(1.53);
    expect(niprFeeEach(quote([1.53, 2]))).toBeNull();
    expect(niprFeeEach(quote([]))).toBeNull();
    expect(toCents(1.005)).toBe(101);
  });
});

// ----------------------------------------------------------------------------------------------------------------

describe('Apex transaction records', () => {
  it('maps a transaction, its creation day in the given time zone', () => {
    const info: Apex.NiprTransactionInfo = {
      id: 't1',
      name: 'NTX-000001',
      producerId: 'p1',
      producerName: 'Pat Producer',
      appointmentId: 'apt1',
      state: 'NC',
      stateName: 'North Carolina',
      companyName: 'Acme Life',
      licenseClass: 'Life',
      linesOfAuthority: 'Life;Health',
      lines: 2,
      reasonCode: 'Vol',
      effectiveDate: '2026-03-01',
      fee: 21.53,
      status: 'Rejected',
      statusDetail: 'Date too old.',
      nextStep: 'Correct the date.',
      niprCode: 'DATE_TOO_OLD',
      niprReference: 'NIPR-1',
      createdDate: '2026-03-02T03:00:00.000Z',
      submittedOn: '2026-03-02T04:00:00.000Z',
      submissionStartedOn: '2026-03-02T03:59:00.000Z',
      stuck: true,
      gatewayMode: 'Live'
    };
    expect(fromApexTransaction(info, 'America/New_York')).toEqual({
      ...info,
      status: 'Rejected',
      statusText: 'Rejected',
      createdOn: '2026-03-01',
      filedElsewhere: false,
      channel: null,
      filedOn: null,
      externalReference: null,
      filingNote: null
    });
    expect(fromApexTransaction(info, 'Europe/Paris').createdOn).toBe('2026-03-02');
  });

  it('reads absent fields as not known and an unknown status as null', () => {
    expect(fromApexTransaction({ status: 'On Hold', createdDate: 'yesterday', statusDetail: ' ' })).toEqual({
      id: '',
      name: '',
      producerId: '',
      producerName: '',
      appointmentId: null,
      state: '',
      stateName: '',
      companyName: '',
      licenseClass: '',
      linesOfAuthority: '',
      lines: 1,
      reasonCode: null,
      effectiveDate: null,
      fee: null,
      status: null,
      statusText: 'On Hold',
      statusDetail: null,
      nextStep: null,
      niprCode: null,
      niprReference: null,
      submissionStartedOn: null,
      stuck: false,
      createdDate: 'yesterday',
      createdOn: null,
      submittedOn: null,
      gatewayMode: null,
      filedElsewhere: false,
      channel: null,
      filedOn: null,
      externalReference: null,
      filingNote: null
    });
    expect(fromApexTransaction({ state: 'NJ', lines: 0 })).toMatchObject({
      stateName: 'NJ',
      lines: 1,
      createdOn: null
    });
  });

  it('reads a termination filed outside NIPR: its type, channel, filed date, reference and note', () => {
    expect(
      fromApexTransaction({
        type: 'Termination Filed Elsewhere',
        status: 'Filed Outside NIPR',
        channel: 'State Portal',
        filedOn: '2026-12-01',
        externalReference: 'DFS-123',
        filingNote: 'Filed by phone confirmation.'
      })
    ).toMatchObject({
      filedElsewhere: true,
      status: 'Filed Outside NIPR',
      channel: 'State Portal',
      filedOn: '2026-12-01',
      externalReference: 'DFS-123',
      filingNote: 'Filed by phone confirmation.'
    });
    expect(fromApexTransaction({ type: 'Appointment Termination' }).filedElsewhere).toBe(false);
  });

  it('reads the gateway a row was submitted to; an unknown mode is not known', () => {
    expect(fromApexTransaction({ gatewayMode: 'Simulated' }).gatewayMode).toBe('Simulated');
    expect(fromApexTransaction({ gatewayMode: 'Live' }).gatewayMode).toBe('Live');
    expect(fromApexTransaction({ gatewayMode: 'Not Configured' }).gatewayMode).toBeNull();
    expect(fromApexTransaction({}).gatewayMode).toBeNull();
  });

  it("gives MODE_CHANGED and PRODUCER_MISSING NiprTransactionInfo's next step when the server sends none", () => {
    const modeChanged = fromApexTransaction({ status: 'Submitting', niprCode: 'MODE_CHANGED', stuck: true });
    expect(modeChanged.nextStep).toBe(
      "Ask your Salesforce administrator to switch NIPR Gateway Config back to this transaction's mode; then resend it (Submitting) or refresh it (Submitted)."
    );
    expect(explainTransaction(modeChanged).nextStep).toBe(modeChanged.nextStep);
    const producerMissing = fromApexTransaction({ status: 'Not Eligible', niprCode: 'PRODUCER_MISSING' });
    expect(explainTransaction(producerMissing).nextStep).toBe(
      "Cancel this transaction: its producer was removed. Terminate the appointment again from the producer's record."
    );
    // The server's own next step wins; a Cancelled row and a code without its own step keep the status's default.
    expect(
      fromApexTransaction({ status: 'Submitted', niprCode: 'MODE_CHANGED', nextStep: 'From the server.' }).nextStep
    ).toBe('From the server.');
    expect(fromApexTransaction({ status: 'Cancelled', niprCode: 'PRODUCER_MISSING' }).nextStep).toBeNull();
    expect(fromApexTransaction({ status: 'Rejected', niprCode: 'toString' }).nextStep).toBeNull();
    expect(fromApexTransaction({ status: 'Rejected', niprCode: 'DATE_TOO_OLD' }).nextStep).toBeNull();
  });

  it("reads the creation day in the user's time zone by default", () => {
    // @salesforce/i18n/timeZone is America/Los_Angeles in Jest.
    expect(fromApexTransaction({ createdDate: '2026-03-02T03:00:00.000Z' }).createdOn).toBe('2026-03-01');
  });

  it('maps the server quote; an absent state fee is unknown', () => {
    expect(
      fromApexQuote({
        items: [
          {
            transactionId: 't1',
            state: 'NC',
            stateName: 'North Carolina',
            companyName: 'Acme',
            lines: 2,
            niprFee: 1.53,
            stateFee: 20,
            feeBasis: 'per-line'
          },
          { transactionId: 't2', state: 'MA', niprFee: 1.53, feeBasis: 'per-year' }
        ],
        niprTotal: 3.06,
        stateTotal: 20,
        total: 23.06,
        statesWithUnknownFee: ['MA']
      })
    ).toEqual({
      items: [
        {
          transactionId: 't1',
          state: 'NC',
          stateName: 'North Carolina',
          companyName: 'Acme',
          lines: 2,
          niprFee: 1.53,
          stateFee: 20,
          feeBasis: 'per-line'
        },
        {
          transactionId: 't2',
          state: 'MA',
          stateName: 'MA',
          companyName: '',
          lines: 1,
          niprFee: 1.53,
          stateFee: null,
          feeBasis: null
        }
      ],
      niprTotal: 3.06,
      stateTotal: 20,
      total: 23.06,
      statesWithUnknownFee: ['MA']
    });
    expect(fromApexQuote({ items: [{}] })).toEqual({
      items: [
        {
          transactionId: '',
          state: '',
          stateName: '',
          companyName: '',
          lines: 1,
          niprFee: 0,
          stateFee: null,
          feeBasis: null
        }
      ],
      niprTotal: 0,
      stateTotal: 0,
      total: 0,
      statesWithUnknownFee: []
    });
  });
});

// ----------------------------------------------------------------------------------------------------------------

describe('row actions from the generated transition table', () => {
  it('lists the same statuses as the table, Submitting between Ready to Submit and Submitted', () => {
    expect(TRANSACTION_STATUSES).toEqual(WORKFLOW_STATUSES);
    expect(TRANSACTION_STATUSES.indexOf('Submitting')).toBeGreaterThan(TRANSACTION_STATUSES.indexOf('Ready to Submit'));
    expect(TRANSACTION_STATUSES.indexOf('Submitted')).toBe(TRANSACTION_STATUSES.indexOf('Submitting') + 1);
    expect(isTransactionStatus('Submitting')).toBe(true);
  });

  it.each(WORKFLOW_STATUSES.map((status) => [status]))('offers on %s exactly what the table allows', (status) => {
    const from = (action: string) => TRANSITIONS.some((t) => t.from === status && t.action === action);
    for (const stuck of [false, true]) {
      expect(rowActions({ status, stuck })).toEqual({
        check: from('checkEligibility'),
        select: from('submit'),
        cancel: from('cancel'),
        correct: from('correct'),
        resend: from('resend') && stuck,
        refresh: from('refresh'),
        undoRecord: from('undoRecord')
      });
    }
  });

  it('never lets a Submitting row be selected, cancelled or corrected; resends it only when stuck', () => {
    expect(rowActions({ status: 'Submitting', stuck: false })).toEqual({
      check: false,
      select: false,
      cancel: false,
      correct: false,
      resend: false,
      refresh: false,
      undoRecord: false
    });
    expect(rowActions({ status: 'Submitting', stuck: true }).resend).toBe(true);
    expect(actionsFrom('Submitting')).toEqual(['deliver', 'resend']);
    expect(isAllowedTransition('Submitting', 'Cancelled', 'cancel')).toBe(false);
    expect(isActionableStatus('Submitting')).toBe(false);
  });

  it('offers nothing on a status this page does not know', () => {
    expect(Object.values(rowActions({ status: null, stuck: true }))).toEqual(Array(7).fill(false));
  });

  it('counts Submitting as open (it blocks another termination of the appointment)', () => {
    expect(OPEN_STATUSES).toContain('Submitting');
  });

  it('says for how long NIPR has not answered a stuck row, with the org timeout', () => {
    const stuck = withStatus('s1', 'Submitting', { stuck: true });
    expect(explainTransaction(stuck, undefined, 30).explanation).toBe(
      'NIPR has not answered for more than 30 minutes.'
    );
    expect(explainTransaction(stuck, undefined, 1).explanation).toBe('NIPR has not answered for more than 1 minute.');
    expect(explainTransaction(stuck).explanation).toBe(
      `NIPR has not answered for more than ${DEFAULT_SUBMIT_TIMEOUT_MINUTES} minutes.`
    );
    expect(
      explainTransaction(withStatus('s1', 'Submitting', { statusDetail: 'DELIVERY_UNCONFIRMED' })).explanation
    ).toBe('DELIVERY_UNCONFIRMED');
  });
});

function isActionableStatus(status: NiprTransactionStatus): boolean {
  return actionableRows([withStatus('x', status)]).length === 1;
}

// ----------------------------------------------------------------------------------------------------------------

describe('gateway status', () => {
  it.each([
    ['Live', { mode: 'Live', submitTimeoutMinutes: 20 }, { mode: 'Live', message: null, submitTimeoutMinutes: 20 }],
    [
      'Simulated',
      { mode: 'Simulated', message: 'Answers come from the simulator.' },
      { mode: 'Simulated', message: 'Answers come from the simulator.', submitTimeoutMinutes: 15 }
    ],
    [
      'Not Configured, with the server message',
      { mode: 'Not Configured', message: 'Set the mode in Setup.', submitTimeoutMinutes: 0 },
      { mode: 'Not Configured', message: 'Set the mode in Setup.', submitTimeoutMinutes: 15 }
    ],
    [
      'an unknown mode, without a message',
      { mode: 'Sandbox', message: ' ' },
      {
        mode: 'Not Configured',
        message:
          'NIPR filing is not set up in this org: an administrator sets Mode (Live or Simulated) in Setup → Custom Settings → NIPR Gateway Config. Nothing was sent.',
        submitTimeoutMinutes: 15
      }
    ]
  ])('reads %s', (_name, apex, expected) => {
    expect(fromApexGatewayStatus(apex)).toEqual(expected);
  });

  it('blocks the NIPR actions only when Not Configured, with its message', () => {
    expect(gatewayBlocks(null)).toBeNull();
    expect(gatewayBlocks(fromApexGatewayStatus({ mode: 'Simulated' }))).toBeNull();
    expect(gatewayBlocks({ mode: 'Not Configured', message: 'Set it up.', submitTimeoutMinutes: 15 })).toBe(
      'Set it up.'
    );
    expect(gatewayBlocks({ mode: 'Not Configured', message: null, submitTimeoutMinutes: 15 })).toMatch(
      /^NIPR filing is not set up in this org/
    );
  });
});

// ----------------------------------------------------------------------------------------------------------------

describe('newRequestId', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('uses crypto.randomUUID when there is one', () => {
    const randomUUID = jest.fn(() => 'from-random-uuid');
    const getRandomValues = jest.fn((array: Uint8Array) => array);
    expect(newRequestId({ randomUUID, getRandomValues })).toBe('from-random-uuid');
    expect(getRandomValues).not.toHaveBeenCalled();
  });

  it('builds a v4 UUID from crypto.getRandomValues when randomUUID is missing (Locker)', () => {
    const getRandomValues = jest.fn((array: Uint8Array) => {
      array.fill(0xff);
      return array;
    });
    const id = newRequestId({ getRandomValues });
    expect(getRandomValues).toHaveBeenCalledTimes(1);
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(id).toMatch(V4);
  });

  it('falls back to the time and Math.random without Web Crypto', () => {
    const random = jest.spyOn(Math, 'random').mockReturnValue(0);
    try {
      const id = newRequestId(null, () => 0x0102030405);
      expect(id).toBe('05040302-0100-4000-8000-000000000000');
      expect(id).toMatch(V4);
      expect(random).toHaveBeenCalledTimes(10);
    } finally {
      random.mockRestore();
    }
    expect(newRequestId({})).toMatch(V4);
    expect(newRequestId({})).not.toBe(newRequestId({}));
  });

  it('uses the global crypto by default', () => {
    const randomUUID = jest.fn(() => 'global-id');
    const saved = Object.getOwnPropertyDescriptor(window.crypto, 'randomUUID');
    Object.defineProperty(window.crypto, 'randomUUID', { value: randomUUID, configurable: true, writable: true });
    try {
      expect(newRequestId()).toBe('global-id');
    } finally {
      if (saved) {
        Object.defineProperty(window.crypto, 'randomUUID', saved);
      } else {
        delete (window.crypto as { randomUUID?: unknown }).randomUUID;
      }
    }
  });

  it('sets the version and variant bits of any 16 bytes', () => {
    expect(uuidFromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Issue 12

describe('terminations filed outside NIPR, codes, and next steps by what the user can do', () => {
  const base = { state: 'NY', stateName: 'New York', statusDetail: null, nextStep: null };

  it('filters and queries by kind: NIPR filings or terminations filed elsewhere', () => {
    const rows = [
      {
        id: 'a',
        producerId: 'p',
        state: 'NY',
        status: 'Filed Outside NIPR' as const,
        createdOn: null,
        filedElsewhere: true
      },
      { id: 'b', producerId: 'p', state: 'FL', status: 'Draft' as const, createdOn: null, filedElsewhere: false },
      { id: 'c', producerId: 'p', state: 'FL', status: 'Draft' as const, createdOn: null }
    ];
    expect(filterTransactions(rows, { type: 'Termination Filed Elsewhere' }).map((r) => r.id)).toEqual(['a']);
    expect(filterTransactions(rows, { type: 'Appointment Termination' }).map((r) => r.id)).toEqual(['b', 'c']);
    expect(filterTransactions(rows, { type: null }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(toTransactionQuery({ type: 'Termination Filed Elsewhere', state: '' })).toEqual({
      type: 'Termination Filed Elsewhere'
    });
    expect(kindOf({ filedElsewhere: true })).toBe('Termination Filed Elsewhere');
    expect(kindOf({})).toBe('Appointment Termination');
    expect(isTransactionKind('Appointment Termination')).toBe(true);
    expect(isTransactionKind('Other')).toBe(false);
  });

  it('says what a code means; an unknown code is itself; no code is null', () => {
    expect(describeNiprCode('BACKDATE_LIMIT')).toEqual({
      code: 'BACKDATE_LIMIT',
      text: 'The effective date is backdated further than the state allows.',
      known: true
    });
    expect(describeNiprCode(' ELIGIBLE ')?.text).toBe('NIPR can take this termination as it stands.');
    expect(describeNiprCode('NEW_CODE')).toEqual({ code: 'NEW_CODE', text: 'NEW_CODE', known: false });
    expect(describeNiprCode('toString')?.known).toBe(false);
    expect(describeNiprCode('')).toBeNull();
    expect(describeNiprCode(null)).toBeNull();
  });

  it('knows every code that has a next step of its own', () => {
    const unknown = Object.keys(transactionMessages.nextStepsByCode).filter((code) => !describeNiprCode(code)?.known);
    expect(unknown).toEqual([]);
  });

  it('describes where and when a termination was filed outside NIPR', () => {
    const format = (day: string) => `day ${day}`;
    expect(
      filedElsewhereDetail(
        {
          filedElsewhere: true,
          channel: 'Company Register',
          filedOn: '2026-03-02',
          externalReference: 'R-1',
          filingNote: ' '
        },
        format
      )
    ).toEqual({ channel: 'Company register', filedOn: 'Filed day 2026-03-02', reference: 'Reference R-1', note: null });
    expect(filedElsewhereDetail({ filedElsewhere: false, channel: 'Paper Form' }, format)).toBeNull();
    expect(channelText('State Portal')).toBe('Filed on the state portal');
    expect(channelText('Fax')).toBe('Fax');
    expect(channelText(null)).toBe('');
  });

  it('names the producer all rows share, else none', () => {
    expect(sharedProducerName([{ producerName: 'Pat Jones' }, { producerName: ' Pat Jones' }])).toBe('Pat Jones');
    expect(sharedProducerName([{ producerName: 'Pat Jones' }, { producerName: 'Sam Lee' }])).toBeNull();
    expect(sharedProducerName([])).toBeNull();
  });

  it.each([
    ['Draft', false, 'Ask a licensing specialist with the Offboarding User permission set to recheck it with NIPR.'],
    ['Ready to Submit', false, 'Ask a licensing specialist with the Offboarding Admin permission set to submit it.'],
    [
      'Needs Attention',
      false,
      'Ask a licensing specialist with the Offboarding User permission set to correct or cancel it.'
    ],
    ['Submitted', false, 'Ask a licensing specialist with the Offboarding User permission set to refresh its status.'],
    ['Submitting', true, 'Ask a licensing specialist with the Offboarding Admin permission set to resend it.'],
    ['Filed Outside NIPR', false, 'Nothing more to do.']
  ] as const)('tells a viewer who can take the next step of a %s row', (status, stuck, step) => {
    const viewer = { canManage: false, canSubmit: false };
    expect(explainTransaction({ ...base, status, statusText: status, stuck }, undefined, 15, viewer).nextStep).toBe(
      step
    );
  });

  it('keeps the next step of a user who can take it, and a step that already asks someone', () => {
    const all = { canManage: true, canSubmit: true };
    const submitted = { ...base, status: 'Submitted' as const, statusText: 'Submitted' };
    expect(explainTransaction(submitted, undefined, 15, all).nextStep).toBe(explainTransaction(submitted).nextStep);
    const asks = { ...submitted, nextStep: 'Ask your Salesforce administrator to check the named credential.' };
    expect(explainTransaction(asks, undefined, 15, { canManage: false, canSubmit: false }).nextStep).toBe(
      asks.nextStep
    );
    const manager = { canManage: true, canSubmit: false };
    const ready = { ...base, status: 'Ready to Submit' as const, statusText: 'Ready to Submit' };
    expect(explainTransaction(ready, undefined, 15, manager).nextStep).toContain('Offboarding Admin');
    const cancelled = { ...base, status: 'Cancelled' as const, statusText: 'Cancelled' };
    expect(explainTransaction(cancelled, undefined, 15, manager).nextStep).toBe('Nothing more to do.');
    const submitting = { ...base, status: 'Submitting' as const, statusText: 'Submitting', stuck: false };
    expect(explainTransaction(submitting, undefined, 15, manager).nextStep).toBe(
      explainTransaction(submitting).nextStep
    );
  });
});
