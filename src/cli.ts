import { loadModule, parseSync } from 'libpg-query';
await loadModule();
console.log(JSON.stringify(parseSync('select 1').stmts.length));
