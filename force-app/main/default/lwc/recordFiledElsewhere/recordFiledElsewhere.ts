// Records a termination filed outside NIPR for one state group of the Terminate modal (issue 12): where it was filed
// (from the rule's filing route), the date filed, the effective date (hidden where the state ignores it), the reason,
// an optional reference and note. Validates on change and blur with the core's `validateRecordedSelection` (messages
// under the fields, in space reserved for them) and reports every change to its parent as a `change` event
// ({ selection, field }); the parent reads the current `selection` at any time.
import { LightningElement, api } from 'lwc';
import {
  MAX_NOTE_LENGTH,
  MAX_REFERENCE_LENGTH,
  TERMINATION_REASONS,
  recordChannels,
  recordReasons,
  reasonName,
  unconfirmedRuleWarning,
  validateRecordedSelection,
  type ComplianceRule,
  type Problem,
  type TerminationReason
} from 'c/offboardingCore';
import { labels } from './labels';

/** The record part of a state's request (`StateSelection.channel`, `filedOn`, `reference`, `note`, with its reason
 * and effective date). */
export interface RecordedFields {
  readonly channel: string | null;
  readonly filedOn: string | null;
  readonly effectiveDate: string | null;
  readonly reasonCode: string | null;
  readonly reference: string | null;
  readonly note: string | null;
}

export type RecordField = keyof RecordedFields;

export interface RecordChange {
  readonly selection: RecordedFields;
  readonly field: RecordField;
}

interface FormField extends HTMLElement {
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

type ValueEvent = CustomEvent<{ value?: string | null }>;

const EMPTY: RecordedFields = {
  channel: null,
  filedOn: null,
  effectiveDate: null,
  reasonCode: null,
  reference: null,
  note: null
};

/** The form's fields in screen order, with the data-id of their control. */
const FIELDS: readonly (readonly [RecordField, string])[] = [
  ['channel', 'channel'],
  ['filedOn', 'filed-on'],
  ['effectiveDate', 'effective-date'],
  ['reasonCode', 'reason'],
  ['reference', 'reference'],
  ['note', 'note']
];

function blankToNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : value;
}

export default class RecordFiledElsewhere extends LightningElement {
  /** The state's rule (not filed through NIPR). */
  @api rule: ComplianceRule | undefined;
  /** `YYYY-MM-DD`: the user's calendar date, from the server. */
  @api today = '';
  @api reasons: readonly TerminationReason[] = TERMINATION_REASONS;
  @api disabled = false;
  /** The selected appointments of the state (their count only matters to the validation). */
  @api appointmentIds: readonly string[] = [];

  labels = labels;
  private fields: RecordedFields = EMPTY;
  private touched = new Set<RecordField>();
  private invalidField: RecordField | null = null;

  /** The parent's current values (e.g. after the modal re-renders); blanks are null. */
  @api
  get value(): RecordedFields {
    return this.fields;
  }
  set value(value: Partial<RecordedFields> | undefined) {
    this.fields = {
      channel: blankToNull(value?.channel),
      filedOn: blankToNull(value?.filedOn),
      effectiveDate: blankToNull(value?.effectiveDate),
      reasonCode: blankToNull(value?.reasonCode),
      reference: blankToNull(value?.reference),
      note: blankToNull(value?.note)
    };
  }

  /** What the user recorded so far, with the single channel or reason preselected. */
  @api
  get selection(): RecordedFields {
    return this.fields;
  }

  /** Shows each problem under its field (all of them, as on Submit); true when one of this form's fields is invalid. */
  @api
  reportProblems(problems: readonly Problem[]): boolean {
    for (const [field] of FIELDS) {
      this.touched.add(field);
    }
    return this.show(problems);
  }

  /** Moves focus to the first field marked invalid; false when there is none. */
  @api
  focusFirstInvalid(): boolean {
    const entry = FIELDS.find(([field]) => field === this.invalidField);
    const element = entry ? this.control(entry[1]) : null;
    element?.focus();
    return element !== null;
  }

  override connectedCallback(): void {
    // One option only: it is chosen for the user (and reported, so the parent's request carries it).
    const channels = this.channelOptions;
    const reasons = this.reasonOptions;
    const preselect: Partial<RecordedFields> = {
      ...(this.fields.channel === null && channels.length === 1 ? { channel: channels[0]?.value ?? null } : {}),
      ...(this.fields.reasonCode === null && reasons.length === 1 ? { reasonCode: reasons[0]?.value ?? null } : {})
    };
    const fields = Object.keys(preselect) as RecordField[];
    if (fields.length > 0) {
      this.fields = { ...this.fields, ...preselect };
      for (const field of fields) {
        this.notify(field);
      }
    }
  }

  get stateName(): string {
    return this.rule?.name ?? '';
  }

  get text() {
    const name = this.stateName;
    return {
      title: labels.title(name),
      intro: labels.intro(name),
      channel: labels.channel(name),
      filedOn: labels.filedOn(name),
      effectiveDate: labels.effectiveDate(name),
      effectiveDateHelp: labels.effectiveDateHelp(name),
      effectiveDateIgnored: labels.effectiveDateIgnored(name),
      reason: labels.reason(name),
      reference: labels.reference(name),
      note: labels.note(name),
      filedInFuture: `The ${name} termination cannot have been filed in the future.`
    };
  }

  get channelOptions(): { label: string; value: string }[] {
    return this.rule ? recordChannels(this.rule).map((channel) => ({ label: channel, value: channel })) : [];
  }

  get reasonOptions(): { label: string; value: string }[] {
    return this.rule
      ? recordReasons(this.rule, this.reasons).map((code) => ({ label: reasonName(code, this.reasons), value: code }))
      : [];
  }

  get warning(): string | null {
    return this.rule ? unconfirmedRuleWarning(this.rule) : null;
  }

  get datesIgnored(): boolean {
    return this.rule?.effectiveDate === 'ignored';
  }

  get maxFiledOn(): string | undefined {
    return this.today || undefined;
  }

  get maxReference(): number {
    return MAX_REFERENCE_LENGTH;
  }

  get maxNote(): number {
    return MAX_NOTE_LENGTH;
  }

  get channelValue(): string {
    return this.fields.channel ?? '';
  }

  get filedOnValue(): string {
    return this.fields.filedOn ?? '';
  }

  get effectiveDateValue(): string {
    return this.fields.effectiveDate ?? '';
  }

  get reasonValue(): string {
    return this.fields.reasonCode ?? '';
  }

  get referenceValue(): string {
    return this.fields.reference ?? '';
  }

  get noteValue(): string {
    return this.fields.note ?? '';
  }

  handleChange(event: ValueEvent): void {
    // The base component's own change event stays inside: the parent listens for this component's `change`.
    event.stopPropagation();
    const field = (event.currentTarget as HTMLElement).dataset.field as RecordField | undefined;
    if (!field) {
      return;
    }
    const raw = event.detail.value;
    const value = typeof raw === 'string' && raw.trim() !== '' ? raw : null;
    this.fields = { ...this.fields, [field]: value };
    this.touched.add(field);
    this.validate();
    this.notify(field);
  }

  handleBlur(event: FocusEvent): void {
    const field = (event.currentTarget as HTMLElement).dataset.field as RecordField | undefined;
    if (field) {
      this.touched.add(field);
      this.validate();
    }
  }

  /** Checks the touched fields with the core's rules and shows their problems. */
  private validate(): void {
    const rule = this.rule;
    if (!rule || !this.today) {
      return;
    }
    const problems = validateRecordedSelection(
      rule,
      {
        state: rule.state,
        ...this.fields,
        appointmentIds: this.appointmentIds.length > 0 ? this.appointmentIds : ['selected']
      },
      this.today,
      this.reasons
    );
    this.show(problems);
  }

  private show(problems: readonly Problem[]): boolean {
    this.invalidField = null;
    for (const [field, dataId] of FIELDS) {
      const element = this.control(dataId);
      if (!element) {
        continue;
      }
      const message = this.touched.has(field)
        ? problems
            .filter((problem) => problem.field === field)
            .map((problem) => problem.message)
            .join(' ')
        : '';
      element.setCustomValidity(message);
      element.reportValidity();
      if (message !== '' && this.invalidField === null) {
        this.invalidField = field;
      }
    }
    return this.invalidField !== null;
  }

  private control(dataId: string): FormField | null {
    return this.template?.querySelector<FormField>(`[data-id="${dataId}"]`) ?? null;
  }

  private notify(field: RecordField): void {
    this.dispatchEvent(new CustomEvent<RecordChange>('change', { detail: { selection: { ...this.fields }, field } }));
  }
}
