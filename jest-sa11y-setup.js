// Registers the @sa11y/jest `toBeAccessible()` matcher for every suite (as trailheadapps/lwc-recipes does).
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
