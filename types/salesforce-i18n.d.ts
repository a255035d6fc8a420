// Ambient types for the Salesforce i18n scoped imports used by the LWC TypeScript sources.
// In Jest, @lwc/jest-transformer replaces the import with a default ('America/Los_Angeles' for timeZone).
declare module '@salesforce/i18n/timeZone' {
  const timeZone: string;
  export default timeZone;
}
