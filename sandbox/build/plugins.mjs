// Rollup plugins of the sandbox build (see sandbox/rollup.config.mjs).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformAsync } from '@babel/core';
import { ROOT_DIR, SANDBOX_DIR, componentModules } from './modules.mjs';

const APEX_PREFIX = '@salesforce/apex/';
const PERMISSION_PREFIX = '@salesforce/customPermission/';
const SCHEMA_PREFIX = '@salesforce/schema/';
const VIRTUAL_APEX = '\0sbx-apex:';
const VIRTUAL_PERMISSION = '\0sbx-permission:';
const VIRTUAL_SCHEMA = '\0sbx-schema:';
const APEX_SHIM = join(SANDBOX_DIR, 'shims', 'apex.js');
const PERMISSION_SHIM = join(SANDBOX_DIR, 'shims', 'customPermission.js');

/** `@salesforce/schema/<Object>` and `<Object>.<field path>` as the platform gives them: `{ objectApiName }` and
 * `{ objectApiName, fieldApiName }` (a relationship path stays whole: `Contact.Account.Name` → `Account.Name`). */
function schemaModule(reference) {
  const [objectApiName, ...path] = reference.split('.');
  const value = path.length > 0 ? { objectApiName, fieldApiName: path.join('.') } : { objectApiName };
  return `export default Object.freeze(${JSON.stringify(value)});\n`;
}

/**
 * `@salesforce/apex/<Class>.<method>`: one module per method, made from the generic shim (a call POSTs to the
 * sandbox server; `.adapter` serves `@wire`). `@salesforce/customPermission/<Name>`: the current sample user's value.
 * `@salesforce/schema/*`: the object and field references (schemaModule).
 */
export function platformModules() {
  return {
    name: 'sbx-platform-modules',
    resolveId(source) {
      if (source.startsWith(APEX_PREFIX) && /^[A-Za-z_]\w*\.[A-Za-z_]\w*$/.test(source.slice(APEX_PREFIX.length))) {
        return VIRTUAL_APEX + source.slice(APEX_PREFIX.length);
      }
      if (source.startsWith(PERMISSION_PREFIX)) {
        return VIRTUAL_PERMISSION + source.slice(PERMISSION_PREFIX.length);
      }
      if (source.startsWith(SCHEMA_PREFIX) && /^\w+(\.\w+)*$/.test(source.slice(SCHEMA_PREFIX.length))) {
        return VIRTUAL_SCHEMA + source.slice(SCHEMA_PREFIX.length);
      }
      return null;
    },
    load(id) {
      if (id.startsWith(VIRTUAL_APEX)) {
        const [className, method] = id.slice(VIRTUAL_APEX.length).split('.');
        return `import { apexMethod } from ${JSON.stringify(APEX_SHIM)};\nexport default apexMethod(${JSON.stringify(className)}, ${JSON.stringify(method)});\n`;
      }
      if (id.startsWith(VIRTUAL_PERMISSION)) {
        const name = id.slice(VIRTUAL_PERMISSION.length);
        return `import { hasPermission } from ${JSON.stringify(PERMISSION_SHIM)};\nexport default hasPermission(${JSON.stringify(name)});\n`;
      }
      if (id.startsWith(VIRTUAL_SCHEMA)) {
        return schemaModule(id.slice(VIRTUAL_SCHEMA.length));
      }
      return null;
    }
  };
}

/**
 * Strips TypeScript with Babel before the LWC compiler sees the file (the compiler accepts `.ts` but keeps the
 * types). Same presets as @lwc/jest-transformer; decorators stay as written for the LWC compiler. Ids resolved
 * through an LWC alias end in `?specifier=c%2Fx`, so the file name is the part before `?`.
 */
export function stripTypes() {
  return {
    name: 'sbx-strip-types',
    async transform(code, id) {
      const filename = id.split('?')[0];
      if (id.startsWith('\0') || !filename.endsWith('.ts')) {
        return null;
      }
      const result = await transformAsync(code, {
        filename,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
        plugins: [['@babel/plugin-syntax-decorators', { decoratorsBeforeExport: true }]]
      });
      return { code: result.code, map: result.map };
    }
  };
}

/**
 * For the Node bundle (no LWC plugin there): `c/<name>` to the component's entry file, relative imports without an
 * extension to the `.ts` (else `.js`) beside the importer, and `@salesforce/i18n/timeZone` to `timeZone`.
 */
export function nodeResolve({ timeZone }) {
  const aliases = new Map(componentModules().map((record) => [record.name, record.path]));
  const I18N_TIME_ZONE = '\0sbx-i18n-timeZone';
  return {
    name: 'sbx-node-resolve',
    resolveId(source, importer) {
      if (aliases.has(source)) {
        return aliases.get(source);
      }
      if (source === '@salesforce/i18n/timeZone') {
        return I18N_TIME_ZONE;
      }
      if (importer && source.startsWith('.') && !/\.[cm]?[jt]s$/.test(source)) {
        const base = join(importer, '..', source);
        return ['.ts', '.js', '.mjs'].map((ext) => base + ext).find((file) => existsSync(file)) ?? null;
      }
      return null;
    },
    load(id) {
      return id === I18N_TIME_ZONE ? `export default ${JSON.stringify(timeZone)};\n` : null;
    }
  };
}

/** Circular import chains outside node_modules seen by the builds (repo-relative paths). */
export const circularImports = new Set();

/** Log codes of lightning-base-components templates that are noise here (sandbox-notes.md). */
const QUIET_LWC_CODES = /LWC1137|LWC1145|LWC1149|LWC1057/;

/** Rollup `onwarn`: an unresolved import is an error (else the page loads with nothing rendered). */
export function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') {
    throw new Error(`Unresolved import ${JSON.stringify(warning.exporter)} in ${warning.id}`);
  }
  if (warning.code === 'PLUGIN_WARNING' && QUIET_LWC_CODES.test(warning.message)) {
    return;
  }
  if (warning.code === 'CIRCULAR_DEPENDENCY') {
    // Reported once per build by build.mjs (lightning-base-components has many; they are not ours to fix).
    if (!(warning.ids ?? []).some((id) => id.includes('node_modules'))) {
      circularImports.add(warning.ids.map((id) => relative(ROOT_DIR, id)).join(' -> '));
    }
    return;
  }
  warn(warning);
}
