// Docker Hub's search endpoint, stood in for inside the engine's own network namespace (engine.ts
// starts it there, on 127.0.0.3:443, where that namespace's /etc/hosts sends index.docker.io).
// dockerd 20.10 answers `docker search TERM` with `GET https://index.docker.io/v1/search?q=TERM&n=N`;
// this answers from what the local registry standing in for Docker Hub really holds: every
// repository in its storage whose name contains the term, official (`[OK]`) when it is a
// `library/` repository, with the stand-in's description and no stars (nobody starred a stand-in).
// The daemon applies --filter and --limit itself. Plain JavaScript so that it starts in
// milliseconds with the Node that runs the engine.
//   node search-server.mjs ADDRESS CERT KEY STORAGE DESCRIPTIONS.json
import { createServer } from 'node:https';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [address, cert, key, storage, descriptionsFile] = process.argv.slice(2);
const descriptions = JSON.parse(readFileSync(descriptionsFile, 'utf8'));
const [host, port] = address.split(':');

/** Repository names in the registry's storage (folders holding `_manifests`). */
function repositories() {
  const root = join(storage, 'docker/registry/v2/repositories');
  const out = [];
  const walk = (dir, prefix) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
      const name = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (existsSync(join(dir, entry.name, '_manifests'))) out.push(name);
      walk(join(dir, entry.name), name);
    }
  };
  walk(root, '');
  return out.sort();
}

const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
  const url = new URL(req.url ?? '/', 'https://index.docker.io');
  if (req.method !== 'GET' || url.pathname !== '/v1/search') {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: `not stood in for: ${req.method} ${url.pathname}` }));
    return;
  }
  const term = (url.searchParams.get('q') ?? '').toLowerCase();
  const limit = Number(url.searchParams.get('n') ?? '25') || 25;
  const results = repositories()
    .filter((repo) => repo.toLowerCase().includes(term))
    .slice(0, limit)
    .map((repo) => {
      const official = repo.startsWith('library/');
      const name = official ? repo.slice('library/'.length) : repo;
      return { name, description: descriptions[name] ?? 'dockref stand-in', star_count: 0, is_official: official, is_automated: false };
    });
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ num_results: results.length, query: term, results }));
});
server.listen(Number(port), host);
