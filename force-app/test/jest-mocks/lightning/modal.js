// Stub of lightning/modal: a LightningElement base whose static open() tests replace per case
// (e.g. MyModal.open = jest.fn().mockResolvedValue('confirm')). close() records the value it was given
// and dispatches a 'close' event, so a test can assert what the modal resolved with.
import { LightningElement } from 'lwc';

export default class LightningModal extends LightningElement {
  static open = jest.fn(() => Promise.resolve(undefined));
  closeValue;
  close(value) {
    this.closeValue = value;
    this.dispatchEvent(new CustomEvent('close', { detail: value }));
  }
}
