// One-off: add `async` to every function that holds an `await` but is not async.
const ts = require('typescript');
const fs = require('fs');
for (const file of process.argv.slice(2)) {
  let text = fs.readFileSync(file, 'utf8');
  for (let pass = 0; pass < 10; pass++) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const edits = new Map();
    const visit = (node) => {
      if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) {
        let f = node.parent;
        while (f && !ts.isFunctionLike(f)) f = f.parent;
        if (f && !(ts.getCombinedModifierFlags(f) & ts.ModifierFlags.Async)) {
          edits.set(f.getStart(sf), f);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    if (edits.size === 0) break;
    const sorted = [...edits.values()].sort((a, b) => b.getStart(sf) - a.getStart(sf));
    for (const f of sorted) {
      // return type T -> Promise<T>
      if (f.type && !f.type.getText(sf).startsWith('Promise<')) {
        text = text.slice(0, f.type.getStart(sf)) + `Promise<${f.type.getText(sf)}>` + text.slice(f.type.getEnd());
      }
      const start = f.getStart(sf);
      text = text.slice(0, start) + 'async ' + text.slice(start);
    }
  }
  fs.writeFileSync(file, text);
}
