// Apex errors of the sandbox org. An AuraHandledException reaches the component as on the platform: HTTP 500 with
// `{ message, exceptionType, isUserDefinedException, stackTrace }` as the error's `body`.
export class AuraHandledException extends Error {
  constructor(message) {
    super(message);
    this.name = 'AuraHandledException';
  }
}

/** The error body the platform sends for `error` (any other exception is an unexpected one). */
export function errorBody(error) {
  if (error instanceof AuraHandledException) {
    return {
      message: error.message,
      exceptionType: 'System.AuraHandledException',
      isUserDefinedException: false,
      stackTrace: null
    };
  }
  return {
    message: `An internal server error has occurred: ${error?.message ?? error}`,
    exceptionType: 'System.UnexpectedException',
    isUserDefinedException: false,
    stackTrace: null
  };
}

/** JSON as Apex serializes @AuraEnabled results: properties whose value is null are left out. */
export function toApexJson(value) {
  return JSON.stringify(value, function omitNulls(key, item) {
    return item === null && !Array.isArray(this) ? undefined : item;
  });
}

/**
 * OffboardingErrors.record: logs the detail (here: the server's console, the sandbox's Offboarding Logs) and returns
 * its error id (8 hexadecimal digits), which is all a user or a row's detail ever reads.
 */
export function recordError(context, detail) {
  console.error(context, detail);
  return Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .toUpperCase()
    .padStart(8, '0');
}

/**
 * An @AuraEnabled method as the controllers write it (`OffboardingErrors.toAura(prefix, e)`): the services' own
 * exceptions (AuraHandledExceptions here) reach the component as `prefix + message`; any other error as
 * `prefix + 'an unexpected error occurred (error id …). …'`, its detail logged.
 */
export function auraEnabled(prefix, method) {
  return (org, params, context) => {
    try {
      return method(org, params, context);
    } catch (error) {
      if (error instanceof AuraHandledException) {
        throw new AuraHandledException(prefix + error.message);
      }
      const errorId = recordError('sandbox: unexpected error in an Apex stand-in:', error);
      throw new AuraHandledException(
        `${prefix}an unexpected error occurred (error id ${errorId}). Your administrator can find the details under ` +
          'Offboarding Logs.'
      );
    }
  };
}
