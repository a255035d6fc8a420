// Generic Apex shim (shims/apex.js): `@salesforce/apex/<Class>.<method>` is built as `apexMethod('<Class>', '<method>')`.
// - Imperative call: `await method(params)` POSTs the params to the sandbox server (/api/apex/<Class>.<method>) and
//   resolves with the result, or rejects with the platform's error shape `{ status, statusText, ok, body: { message } }`.
// - `@wire(method, config)`: `method.adapter` is a wire adapter class (the engine's "callable adapter"), emitting
//   `{ data, error }` as on the platform; wired data is frozen, as Lightning Data Service's is.
// - `refreshApex(wiredValue)` (module `@salesforce/apex`) calls the server again for the adapter that emitted it.
// Kept here, outside the shim, so that there is one registry of wired values however many times the bundle includes
// the shim (the per-method modules import it by path, the components as `@salesforce/apex`).
import { callApex } from './apexClient.js';

/** Wired value (the `{ data, error }` object a component received) → the adapter that emitted it. */
const adapterOf = new WeakMap();

function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

export function apexMethod(className, methodName) {
  const name = `${className}.${methodName}`;
  const method = (params) => callApex(name, params ?? {});

  method.adapter = class ApexWireAdapter {
    constructor(dataCallback) {
      this.dataCallback = dataCallback;
      this.config = undefined;
      this.connected = false;
      this.calls = 0;
    }

    connect() {
      this.connected = true;
    }

    disconnect() {
      this.connected = false;
    }

    update(config) {
      this.config = config;
      return this.fetch();
    }

    /** Calls the server with the current config; only the latest call's answer is emitted. */
    fetch() {
      const call = ++this.calls;
      return callApex(name, this.config ?? {}).then(
        (data) => this.emit(call, { data: deepFreeze(data), error: undefined }),
        (error) => this.emit(call, { data: undefined, error })
      );
    }

    emit(call, value) {
      if (call !== this.calls || !this.connected) {
        return;
      }
      adapterOf.set(value, this);
      this.dataCallback(value);
    }
  };
  return method;
}

/** Re-runs the wire that emitted `wiredValue`; resolves when the new value has been emitted. */
export function refreshApex(wiredValue) {
  const adapter = wiredValue && adapterOf.get(wiredValue);
  return adapter ? adapter.fetch() : Promise.resolve();
}
