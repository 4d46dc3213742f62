// npm run new-action NAME: a new action folder from action-template.yml and a src skeleton.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './actions.mjs'

const name = process.argv[2]
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('Usage: npm run new-action NAME  (NAME in kebab-case, e.g. verify-install)')
  process.exit(2)
}
const dir = join(root, 'actions', name)
if (existsSync(dir)) {
  console.error(`actions/${name} already exists.`)
  process.exit(1)
}
const files = {
  'action.yml': readFileSync(join(root, 'action-template.yml'), 'utf8').replaceAll(
    '__NAME__',
    name,
  ),
  'tsconfig.json':
    '{ "extends": "../../tsconfig.bundle.json", "include": ["src/**/*.ts", "../../packages/*/src/**/*.d.ts"] }\n',
  'README.md': `# ${name}\n\nWhat ${name} does.\n\n<!-- action-docs:start -->\n<!-- action-docs:end -->\n`,
  'src/index.ts':
    "import { runAction } from '@tokenless/action-kit'\nimport { run } from './main.js'\n\nvoid runAction(run)\n",
  'src/inputs.ts': `import { type ActionContext, optionalInput } from '@tokenless/action-kit'

export interface Inputs {
  workingDirectory: string
}

export function parseInputs(ctx: ActionContext): Inputs {
  return { workingDirectory: optionalInput(ctx, 'working-directory') ?? '.' }
}
`,
  'src/main.ts': `import type { ActionContext } from '@tokenless/action-kit'
import { parseInputs } from './inputs.js'

export async function run(ctx: ActionContext): Promise<void> {
  const inputs = parseInputs(ctx)
  ctx.summary.heading('${name}')
  ctx.setOutput('result', inputs.workingDirectory)
  await Promise.resolve()
}
`,
}
for (const [file, content] of Object.entries(files)) {
  mkdirSync(join(dir, file, '..'), { recursive: true })
  writeFileSync(join(dir, file), content)
}
console.log(
  `created actions/${name}: edit action.yml and src/main.ts, then npm run docs && npm run build`,
)
