// Gate 3 — prettier: the equivalent of `prettier --check` over TS, JS, Apex (.cls, .trigger), metadata XML
// (*-meta.xml), JSON, Markdown, HTML and CSS, honouring .prettierignore (and .gitignore, as the CLI does).
// Uses the Prettier Node API so each problem can name the first line that differs from the formatted text.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { problem, rel, resolvePackageFile, runGateCli, walk } from './lib.mjs';

const NAME = 'prettier';
const PATTERN = /(\.(ts|js|mjs|cjs|cls|trigger|json|md|html|css)|-meta\.xml)$/;

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      const x = la[i] ?? '';
      const y = lb[i] ?? '';
      let c = 0;
      while (c < x.length && x[c] === y[c]) c++;
      return { line: i + 1, col: c + 1 };
    }
  }
  return { line: 1, col: 1 };
}

export async function run({ root }) {
  const prettier = await import(pathToFileURL(resolvePackageFile('prettier', 'index.mjs')).href);
  const ignorePath = ['.gitignore', '.prettierignore'].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
  const problems = [];
  let checked = 0;
  for (const abs of walk(root, (f) => PATTERN.test(f))) {
    const file = rel(root, abs);
    try {
      const options = (await prettier.resolveConfig(abs, { editorconfig: true })) ?? {};
      // Plugins named in .prettierrc are resolved from the repo's node_modules, whatever the current directory
      // (Prettier itself would resolve them from process.cwd()).
      if (Array.isArray(options.plugins)) {
        options.plugins = options.plugins.map((p) =>
          typeof p === 'string' && !p.startsWith('.') && !path.isAbsolute(p) ? resolvePluginEntry(p) : p
        );
      }
      const info = await prettier.getFileInfo(abs, { ignorePath, plugins: options.plugins ?? [] });
      if (info.ignored) continue;
      const source = fs.readFileSync(abs, 'utf8');
      checked++;
      const formatted = await prettier.format(source, { ...options, filepath: abs });
      if (formatted !== source) {
        const { line, col } = firstDifference(source, formatted);
        problems.push(problem(file, line, col, 'not formatted (run `npm run format` or `prettier --write`)'));
      }
    } catch (error) {
      const loc = error?.loc?.start;
      problems.push(
        problem(
          file,
          loc?.line,
          loc?.column,
          `prettier could not format: ${String(error?.message || error).split('\n')[0]}`
        )
      );
    }
  }
  return { name: NAME, ok: problems.length === 0, problems, note: `${checked} files` };
}

function resolvePluginEntry(name) {
  // Resolved relative to this file, i.e. from the repo's node_modules.
  return fileURLToPath(import.meta.resolve(name));
}

await runGateCli(import.meta.url, run);
