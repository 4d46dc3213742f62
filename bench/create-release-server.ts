// The GitHub sandbox for the create-release bench, bundled by bench/create-release.mjs: serves
// one repository backed by the git directory given as argv[2], prints its URLs as one JSON line,
// and runs until it is sent SIGTERM.
import { startGitHubSandbox } from '@tokenless/sandbox'

const gitDir = process.argv[2]
if (!gitDir) throw new Error('usage: create-release-server GIT_DIR')
const sandbox = await startGitHubSandbox({
  repositories: [{ owner: 'acme', repo: 'widget', gitDir }],
})
process.stdout.write(`${JSON.stringify({ url: sandbox.url, serverUrl: sandbox.serverUrl })}\n`)
process.on('SIGTERM', () => {
  void sandbox.stop().then(() => process.exit(0))
})
