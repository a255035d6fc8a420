// The Terminate quick action (ScreenAction on Contact and Account): loads the producer's eligible appointments,
// lets the user pick them per state with the state's reason and effective date, checks the choice with the core's
// rules and creates one NIPR transaction per appointment in one server call.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { CloseActionScreenEvent } from 'lightning/actions';
import { RefreshEvent } from 'lightning/refresh';
import getTerminationContext from '@salesforce/apex/TerminationController.getTerminationContext';
import createTerminations from '@salesforce/apex/TerminationController.createTerminations';
import hasTerminatePermission from '@salesforce/customPermission/Offboarding_Terminate';
import { errorText, newRequestId } from 'c/offboardingCore';
import { labels } from './labels';
import {
  feeLines,
  initialChoices,
  isSelectable,
  problemsOf,
  selectableIds,
  selectedRequests,
  toModel,
  toSelections,
  type Choices,
  type FeeLines,
  type StateProblem,
  type TerminationModel,
  type UnavailableAppointment
} from './model';
import type { ChoiceChange } from 'c/terminateStateGroup';

/** What c-terminate-state-group offers the parent. */
interface StateGroupElement extends HTMLElement {
  reportProblems(problems: readonly StateProblem[]): boolean;
  focusFirstInvalid(): boolean;
}

export default class TerminateAppointments extends NavigationMixin(LightningElement) {
  labels = labels;
  isLoading = false;
  isSubmitting = false;
  loadError: string | null = null;
  submitError: string | null = null;
  model: TerminationModel | null = null;
  choices: Choices = {};
  problems: readonly StateProblem[] = [];

  private producerId: string | undefined;
  /** One per modal session: a retry after an error sends the same id, so the server cannot create twice. */
  private requestId: string | null = null;
  private reportPending = false;
  /** Once the context is loaded (or refused), focus goes to the heading, else to Cancel (the only control). */
  private focusPending = false;

  @api
  get recordId(): string | undefined {
    return this.producerId;
  }
  set recordId(value: string | undefined) {
    if (value && value !== this.producerId) {
      this.producerId = value;
      this.load(value);
    }
  }

  get header(): string {
    return labels.header(this.model?.producerName ?? '');
  }

  get noPermission(): boolean {
    return !hasTerminatePermission || this.model?.canTerminate === false;
  }

  get trackingInactive(): string | null {
    return this.model && !this.model.trackingActive ? labels.trackingInactive(this.model.producerName) : null;
  }

  get isEmpty(): boolean {
    return this.model?.appointments.length === 0;
  }

  get emptyDetail(): string {
    return labels.emptyDetail(this.model?.producerName ?? '');
  }

  /** The appointments can be chosen and submitted. */
  get isReady(): boolean {
    return this.model !== null && !this.isLoading && !this.noPermission && !this.trackingInactive && !this.isEmpty;
  }

  get groups(): { state: string; group: TerminationModel['groups'][number]; choice: Choices[string] | undefined }[] {
    return (this.model?.groups ?? []).map((group) => ({
      state: group.state,
      group,
      choice: this.choices[group.state]
    }));
  }

  get selectedCount(): string {
    const requests = this.model ? selectedRequests(this.model, this.choices) : [];
    const selected = requests.reduce((count, request) => count + request.appointmentIds.length, 0);
    return labels.selectedCount(selected, this.model ? selectableIds(this.model).length : 0);
  }

  get fees(): FeeLines | null {
    return this.model ? feeLines(this.model, selectedRequests(this.model, this.choices)) : null;
  }

  get hasProblems(): boolean {
    return this.problems.length > 0;
  }

  get unavailable(): readonly UnavailableAppointment[] {
    return this.model?.unavailable ?? [];
  }

  get hasUnavailable(): boolean {
    return this.unavailable.length > 0;
  }

  override renderedCallback(): void {
    if (this.focusPending && !this.isLoading) {
      this.focusPending = false;
      const target =
        this.template?.querySelector<HTMLElement>('[data-id="heading"]') ??
        this.template?.querySelector<HTMLElement>('[data-id="cancel"]');
      target?.focus();
    }
    if (!this.reportPending) {
      return;
    }
    this.reportPending = false;
    const elements = [...(this.template?.querySelectorAll<StateGroupElement>('c-terminate-state-group') ?? [])];
    const invalid = elements.filter((element) =>
      element.reportProblems(this.problems.filter((problem) => problem.state === element.dataset.state))
    );
    if (!invalid.some((element) => element.focusFirstInvalid())) {
      this.template?.querySelector<HTMLElement>('[data-id="problem-summary"]')?.focus();
    }
  }

  handleChoiceChange(event: CustomEvent<ChoiceChange>): void {
    const { choice, field } = event.detail;
    this.choices = { ...this.choices, [choice.state]: choice };
    this.problems = this.problems.filter(
      (problem) => !(problem.field === field && (problem.state === choice.state || problem.state === ''))
    );
  }

  handleSelectAll(): void {
    this.selectEverywhere(true);
  }

  handleSelectNone(): void {
    this.selectEverywhere(false);
  }

  handleCancel(): void {
    this.dispatchEvent(new CloseActionScreenEvent());
  }

  async handleSubmit(): Promise<void> {
    const { model, producerId } = this;
    if (this.isSubmitting || !model || !producerId) {
      return;
    }
    const requests = selectedRequests(model, this.choices);
    this.submitError = null;
    this.problems = problemsOf(model, requests);
    this.reportPending = true;
    if (this.problems.length > 0) {
      return;
    }
    this.isSubmitting = true;
    this.requestId ??= newRequestId();
    try {
      const result = await createTerminations({
        request: { producerId, requestId: this.requestId, selections: toSelections(requests) }
      });
      this.finish(result, model.producerName, producerId);
    } catch (error) {
      this.submitError = errorText(error, labels.submitFailed);
      this.isSubmitting = false;
    }
  }

  private async load(producerId: string): Promise<void> {
    this.focusPending = true;
    if (!hasTerminatePermission) {
      return;
    }
    this.isLoading = true;
    this.loadError = null;
    try {
      const context = await getTerminationContext({ producerId });
      if (producerId === this.producerId) {
        this.model = toModel(context);
        this.choices = initialChoices(this.model);
      }
    } catch (error) {
      this.loadError = errorText(error, labels.loadFailed);
    } finally {
      this.isLoading = false;
    }
  }

  private selectEverywhere(select: boolean): void {
    const choices: Record<string, Choices[string]> = { ...this.choices };
    for (const group of this.model?.groups ?? []) {
      if (isSelectable(group)) {
        const current = choices[group.state];
        choices[group.state] = {
          ...current,
          state: group.state,
          reasonCode: current?.reasonCode ?? null,
          effectiveDate: current?.effectiveDate ?? null,
          appointmentIds: select ? group.appointments.map((appointment) => appointment.id) : []
        };
      }
    }
    this.choices = choices;
    this.problems = this.problems.filter((problem) => problem.field !== 'appointmentIds');
  }

  private finish(result: Apex.TerminationResult, producerName: string, producerId: string): void {
    const count = result.transactionIds?.length ?? (result.created ?? 0) + (result.alreadyExisted ?? 0);
    this.dispatchEvent(
      new ShowToastEvent({
        title: labels.created(count),
        message: labels.createdDetail(producerName),
        variant: 'success'
      })
    );
    // The record page (appointment statuses, the offboarding checklist) shows the pending terminations.
    this.dispatchEvent(new RefreshEvent());
    this.dispatchEvent(new CloseActionScreenEvent());
    this[NavigationMixin.Navigate]({
      type: 'standard__navItemPage',
      attributes: { apiName: 'NIPR_Transactions' },
      state: { c__producerId: producerId }
    });
  }
}
