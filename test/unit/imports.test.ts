// No module of src/ imports itself through others, counting type-only imports too: ESLint's
// import-x/no-cycle skips those, and a type-only edge still ties two modules' designs together.
import path from 'node:path';
import madge from 'madge';

const root = path.join(__dirname, '..', '..');

it('src/ has no import cycle, type-only imports included', async () => {
  const graph = await madge(path.join(root, 'src'), {
    fileExtensions: ['ts'],
    tsConfig: path.join(root, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });
  // A sanity check that the graph was read: the entry point reaches the database module.
  expect(Object.keys(graph.obj())).toEqual(expect.arrayContaining(['main.ts', 'db/database.ts', 'auth/access.ts']));
  expect(graph.circular()).toEqual([]);
});
