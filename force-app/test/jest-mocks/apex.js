// Stub of the bare '@salesforce/apex' module (refreshApex, getSObjectValue), as in trailheadapps/lwc-recipes.
// Each Apex method itself is mocked in its test file with jest.mock('@salesforce/apex/Class.method', ..., { virtual: true }).
export const refreshApex = jest.fn(() => Promise.resolve());
export const getSObjectValue = jest.fn();
