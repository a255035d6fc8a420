// One state of the Terminate modal: its appointments as checkboxes, what to watch for, and, once one is selected,
// the state's reason and effective date. The parent keeps the choice; this component reports every change as a
// `choicechange` event ({ choice, field }) and shows the problems the parent found (`reportProblems`).
import { LightningElement, api } from 'lwc';
import {
  dateWindow,
  linesOf,
  reasonIsRequired,
  reasonName,
  reasonsAccepted,
  validateTermination,
  type DateWindow,
  type Problem,
  type StateGroup,
  type TerminationReason,
  type TerminationRequest,
  type Warning
} from 'c/offboardingCore';
import { labels } from './labels';
import type { RecordChange, RecordField } from 'c/recordFiledElsewhere';

/** The field a `choicechange` changed (a recorded termination's fields included). */
export type ChoiceField = 'appointmentIds' | 'reasonCode' | 'effectiveDate' | RecordField;

/** What c-record-filed-elsewhere offers its parent. */
interface RecordFormElement extends HTMLElement {
  reportProblems(problems: readonly Problem[]): boolean;
  focusFirstInvalid(): boolean;
}

export interface ChoiceChange {
  readonly choice: TerminationRequest;
  readonly field: ChoiceField;
}

/** What a lightning-input or lightning-combobox offers for validity and focus. */
interface FormField extends HTMLElement {
  value?: string | null;
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

type ValueEvent = CustomEvent<{ value?: string | null; checked?: boolean }>;

const FIELD_SELECTORS: readonly (readonly [Problem['field'], string])[] = [
  ['reasonCode', '[data-id="reason"]'],
  ['effectiveDate', '[data-id="effective-date"]']
];

export default class TerminateStateGroup extends LightningElement {
  @api group: StateGroup | undefined;
  /** The state's current choice (appointments, reason, date). */
  @api choice: TerminationRequest | undefined;
  /** `YYYY-MM-DD`: the user's calendar date, from the server. */
  @api today = '';
  @api reasons: readonly TerminationReason[] = [];
  @api disabled = false;

  labels = labels;
  private invalidSelector: string | null = null;

  /** Shows each problem on its field (reason, date); returns true when a field of this state is invalid. */
  @api
  reportProblems(problems: readonly Problem[]): boolean {
    // --- record filed elsewhere (issue 12): the record form shows its own fields' problems.
    const recordForm = this.template?.querySelector<RecordFormElement>('c-record-filed-elsewhere');
    if (recordForm) {
      this.invalidSelector = recordForm.reportProblems(problems) ? 'c-record-filed-elsewhere' : null;
      return this.invalidSelector !== null;
    }
    // --- end record filed elsewhere
    this.invalidSelector = null;
    for (const [field, selector] of FIELD_SELECTORS) {
      const element = this.template?.querySelector<FormField>(selector);
      if (!element) {
        continue;
      }
      const message = problems
        .filter((problem) => problem.field === field)
        .map((problem) => problem.message)
        .join(' ');
      element.setCustomValidity(message);
      element.reportValidity();
      if (message !== '' && this.invalidSelector === null) {
        this.invalidSelector = selector;
      }
    }
    return this.invalidSelector !== null;
  }

  /** Moves focus to the first field `reportProblems` marked invalid; false when there is none. */
  @api
  focusFirstInvalid(): boolean {
    if (this.invalidSelector === 'c-record-filed-elsewhere') {
      return this.template?.querySelector<RecordFormElement>(this.invalidSelector)?.focusFirstInvalid() ?? false;
    }
    const element = this.invalidSelector
      ? (this.template?.querySelector<FormField>(this.invalidSelector) ?? null)
      : null;
    element?.focus();
    return element !== null;
  }

  get state(): string {
    return this.group?.state ?? '';
  }

  get stateName(): string {
    return this.group?.stateName ?? '';
  }

  get selectedIds(): readonly string[] {
    return this.choice?.appointmentIds ?? [];
  }

  /** Appointments are selected in a state filed through NIPR: its reason and date are asked for. */
  get hasSelection(): boolean {
    return this.selectedIds.length > 0 && this.group?.filedThroughNipr === true;
  }

  get checkboxesDisabled(): boolean {
    return this.disabled || !(this.group?.filedThroughNipr || this.recordable);
  }

  // --- record filed elsewhere (issue 12)
  /** A state with a rule that is not filed through NIPR: its appointments are recorded as filed elsewhere. */
  get recordable(): boolean {
    return this.group?.rule !== undefined && !this.group.filedThroughNipr;
  }

  /** Appointments are selected in a recordable state: the record form is shown. */
  get recording(): boolean {
    return this.recordable && this.selectedIds.length > 0;
  }

  get recordValue(): Partial<TerminationRequest> {
    return this.choice ?? {};
  }

  handleRecordChange(event: CustomEvent<RecordChange>): void {
    if (!event.detail?.selection) {
      return;
    }
    event.stopPropagation();
    this.invalidSelector = null;
    this.emit(event.detail.field, { ...event.detail.selection });
  }
  // --- end record filed elsewhere

  get appointments(): { id: string; label: string; checked: boolean }[] {
    const selected = new Set(this.selectedIds);
    return (this.group?.appointments ?? []).map((appointment) => ({
      id: appointment.id,
      label: labels.appointment(
        this.stateName,
        appointment.companyName,
        appointment.licenseClass,
        linesOf(appointment)
      ),
      checked: selected.has(appointment.id)
    }));
  }

  get selectedText(): string {
    return labels.selectedOf(this.selectedIds.length, this.group?.appointments.length ?? 0);
  }

  get fileInstead(): string | null {
    return this.group?.fileInstead ?? null;
  }

  /** What to watch for, as warnings; the renewal note is shown apart (renewalNote), never as a warning. */
  get warnings(): readonly Warning[] {
    return (this.group?.warnings ?? []).filter((warning) => warning.code !== 'RENEWAL_BLACKOUT');
  }

  /**
   * The Compliance Library's renewal text, when the core found one (RENEWAL_BLACKOUT): a quiet info line. Its dates
   * are often stale ("Feb 3 - Mar 31 (2024)"), so it is never a warning until structured cut-off dates exist.
   */
  get renewalNote(): string | null {
    const hasNote = this.group?.warnings.some((warning) => warning.code === 'RENEWAL_BLACKOUT') === true;
    return hasNote ? (this.group?.rule?.renewalBlackout ?? null) : null;
  }

  get hasWarnings(): boolean {
    return this.warnings.length > 0;
  }

  /** The state's labels and notes, for the template. */
  get text() {
    const name = this.stateName;
    return {
      selectAll: labels.selectAll(name),
      selectNone: labels.selectNone(name),
      reason: labels.reason(name),
      noReason: labels.noReason(name),
      effectiveDate: labels.effectiveDate(name),
      dateIgnored: labels.dateIgnored(name)
    };
  }

  get reasonOptions(): { label: string; value: string }[] {
    const rule = this.group?.rule;
    return rule
      ? reasonsAccepted(rule, this.reasons).map((code) => ({ label: reasonName(code, this.reasons), value: code }))
      : [];
  }

  get showReason(): boolean {
    return this.hasSelection && this.reasonOptions.length > 0;
  }

  get showNoReason(): boolean {
    return this.hasSelection && this.reasonOptions.length === 0;
  }

  get reasonRequired(): boolean {
    return this.group?.rule ? reasonIsRequired(this.group.rule) : false;
  }

  get reasonValue(): string {
    return this.choice?.reasonCode ?? '';
  }

  get dates(): DateWindow | null {
    return this.group?.rule && this.today ? dateWindow(this.group.rule, this.today) : null;
  }

  get showDate(): boolean {
    return this.hasSelection && this.dates?.usesDate === true;
  }

  get showDateIgnored(): boolean {
    return this.hasSelection && this.dates?.usesDate === false;
  }

  /** The date field's bounds and help (`YYYY-MM-DD`; undefined: no bound). */
  get dateField(): { min?: string; max?: string; required: boolean; help: string } {
    const dates = this.dates;
    return {
      min: dates?.min ?? undefined,
      max: dates?.max ?? undefined,
      required: dates?.required ?? false,
      help: labels.dateHelp(this.stateName, dates?.min ?? null, dates?.max ?? null, this.group?.rule?.sources[0])
    };
  }

  get dateValue(): string {
    return this.choice?.effectiveDate ?? '';
  }

  handleToggle(event: ValueEvent): void {
    const id = (event.currentTarget as HTMLElement).dataset.appointmentId ?? '';
    const others = this.selectedIds.filter((selected) => selected !== id);
    const ids = event.detail.checked ? [...others, id] : others;
    const order = this.appointments.map((appointment) => appointment.id);
    this.emit('appointmentIds', { appointmentIds: order.filter((candidate) => ids.includes(candidate)) });
  }

  handleSelectAll(): void {
    this.emit('appointmentIds', { appointmentIds: this.appointments.map((appointment) => appointment.id) });
  }

  handleSelectNone(): void {
    this.emit('appointmentIds', { appointmentIds: [] });
  }

  handleReason(event: ValueEvent): void {
    this.clearValidity(event);
    this.emit('reasonCode', { reasonCode: event.detail.value || null });
  }

  handleDate(event: ValueEvent): void {
    const effectiveDate = event.detail.value || null;
    this.clearValidity(event);
    this.checkDate(event.currentTarget as FormField, effectiveDate);
    this.emit('effectiveDate', { effectiveDate });
  }

  /** Leaving the date field flags a date the state does not take, as on change. */
  handleDateBlur(event: FocusEvent): void {
    const field = event.currentTarget as FormField;
    this.checkDate(field, field.value || null);
  }

  /**
   * Flags the date on its field with the core's message (validateTermination) as soon as it is entered, not only on
   * Submit. An empty date is left to Submit (and to the field's own required check).
   */
  private checkDate(field: FormField, effectiveDate: string | null): void {
    const rule = this.group?.rule;
    if (!rule || !this.today || effectiveDate === null) {
      return;
    }
    const request: TerminationRequest = {
      state: this.state,
      reasonCode: this.choice?.reasonCode ?? null,
      effectiveDate,
      appointmentIds: this.selectedIds
    };
    const message = validateTermination(rule, request, this.today, this.reasons)
      .filter((problem) => problem.field === 'effectiveDate')
      .map((problem) => problem.message)
      .join(' ');
    field.setCustomValidity(message);
    field.reportValidity();
  }

  private clearValidity(event: ValueEvent): void {
    const field = event.currentTarget as FormField;
    field.setCustomValidity('');
    field.reportValidity();
    this.invalidSelector = null;
  }

  private emit(field: ChoiceField, change: Partial<TerminationRequest>): void {
    const choice: TerminationRequest = {
      state: this.state,
      reasonCode: this.choice?.reasonCode ?? null,
      effectiveDate: this.choice?.effectiveDate ?? null,
      appointmentIds: this.selectedIds,
      // A recorded termination's fields (channel, filedOn, reference, note) stay with the state's choice.
      ...(this.choice?.channel !== undefined ? { channel: this.choice.channel } : {}),
      ...(this.choice?.filedOn !== undefined ? { filedOn: this.choice.filedOn } : {}),
      ...(this.choice?.reference !== undefined ? { reference: this.choice.reference } : {}),
      ...(this.choice?.note !== undefined ? { note: this.choice.note } : {}),
      ...change
    };
    this.dispatchEvent(new CustomEvent<ChoiceChange>('choicechange', { detail: { choice, field } }));
  }
}
