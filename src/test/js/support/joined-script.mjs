// The joined search script (what visitors get, as AssetPipeline publishes it), run under Node as
// the classic script it is. The unit tests import the parts themselves from assets/js/search/.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** The parts a joined script gives Node: it is evaluated with its own `module` object (start.mjs). */
export function loadScript(file) {
  const source = readFileSync(file, 'utf8');
  const wrapper = vm.runInThisContext('(function (module, exports) {' + source + '\n})', { filename: file });
  const module = { exports: {} };
  wrapper(module, module.exports);
  return module.exports;
}
