// The browser script, loaded as the classic script it is: evaluated with its own `module` object,
// whatever type the nearest package.json gives .js files. It exports its parts when `module` exists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const scriptPath = path.join(here, '../../../../assets/js/search.js');

function load() {
  const source = readFileSync(scriptPath, 'utf8');
  const wrapper = vm.runInThisContext('(function (module, exports) {' + source + '\n})', { filename: scriptPath });
  const module = { exports: {} };
  wrapper(module, module.exports);
  return module.exports;
}

export const engine = load();
