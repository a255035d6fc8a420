// Additions to the Metadata API schema shipped with jsforce (node_modules/jsforce/lib/api/metadata/schema.js),
// which is generated from an older WSDL. Each entry is something the current Metadata API accepts that that schema
// lacks; keep it short and say why. Types use the schema's own notation: 'string', '?string' (optional),
// ['Type'] (repeated), 'any' (any content, not checked), or the name of a type in the schema or in `extraTypes`.

/** Extra (or corrected) properties of existing schema types. */
export const extraProps = {
  LightningComponentBundle: {
    // The schema types targetConfigs as a plain string; in reality it nests <targetConfig> elements (described
    // by LwcTargetConfigs below) so that their children are still checked.
    targetConfigs: '?LwcTargetConfigs',
    // <capabilities><capability>lightning__dynamicComponent</capability></capabilities> (API 55+).
    capabilities: '?LwcCapabilities'
  },
  QuickAction: {
    // API 52+: a Lightning Web Component quick action names its component in <lightningWebComponent> and says
    // whether it is a ScreenAction or a HeadlessAction in <actionSubtype> (with <type>LightningWebComponent</type>).
    actionSubtype: '?string',
    lightningWebComponent: '?string'
  },
  // API 47+: a Lightning page region holds <itemInstances>, each wrapping one <componentInstance> (or a Dynamic Forms
  // <fieldInstance>); the schema still has the older <componentInstances>, which API 47+ no longer accepts.
  // Same shape as FlexiPageRegion/ItemInstance/ComponentInstance in @salesforce/types (lib/metadata.d.ts).
  FlexiPageRegion: { itemInstances: ['ItemInstance'] },
  // API 47+: the stable id of a component on a Lightning page (Lightning App Builder writes one per component).
  ComponentInstance: { identifier: '?string' }
};

/** Types that the schema does not have at all. */
export const extraTypes = {
  LwcTargetConfigs: { targetConfig: ['LwcTargetConfig'] },
  // https://developer.salesforce.com/docs/platform/lwc/guide/reference-configuration-tags.html
  LwcTargetConfig: {
    actionType: '?string', // lightning__RecordAction: ScreenAction | Action
    property: ['any'], // attributes only (name, type, label, default, datasource, ...)
    objects: '?LwcObjects',
    supportedFormFactors: '?LwcSupportedFormFactors',
    // Experience Builder / Agentforce targets: free-form nested configuration, not checked.
    propertyType: ['any'],
    sourceType: ['any'],
    targetType: ['any'],
    event: ['any']
  },
  LwcObjects: { object: ['string'] },
  LwcSupportedFormFactors: { supportedFormFactor: ['string'] }, // attribute type="Small|Large"
  LwcCapabilities: { capability: ['string'] },
  // One item of a Lightning page region (see FlexiPageRegion above); fieldInstance (Dynamic Forms) is not checked.
  ItemInstance: { componentInstance: '?ComponentInstance', fieldInstance: '?any' }
};

/** Root element names (metadata types) that the schema lacks entirely; their content is not checked. */
export const unknownRootTypes = new Set([]);
