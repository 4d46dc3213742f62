#!/usr/bin/env node
// Keeps docs/RELEASING.md true to the code: every message the actions can print has one entry
// there (the message as a pattern, what it means, the fix), and every entry's message still
// exists in the code.
//
//   node scripts/runbook.mjs            check; exit 1 and list each problem with its fix
//   node scripts/runbook.mjs --write    add a skeleton entry for each message the runbook lacks
//   node scripts/runbook.mjs --list     print the messages found in the code
//   --root <dir>  the repository (default: this one)   --doc <file>  the runbook (default:
//   <root>/docs/RELEASING.md)
//
// Messages are read statically with the TypeScript compiler from every file the actions reach
// through their imports, starting at actions/*/src/index.ts:
//   error    new ConfigurationError(message, ...), and a package's own error class with its code
//            first: new VersionError('TL_TAG_PREFIX', message, ...)
//   failure  new Error(message), log.error(message), and test-gate's reasons.push(message)
//   warning  log.warning(message, ...) and warn(..., message): the last argument that is not an
//            object literal
// A message may be a string, a template literal (each ${...} becomes a placeholder such as <tag>),
// a conditional (each branch is a message), a + concatenation, a const, or a call to a function
// of the repository (each string it returns is a message). Anything else cannot be read: it must
// be listed in FORWARDERS below (code that passes on a message documented elsewhere), or the check
// fails.
//
// In the runbook an entry is a line `> **<kind>**: `<message>`` followed by a `**Means:**` and a
// `**Fix:**` paragraph. Placeholders are compared as placeholders, whatever their name: the runbook
// may call <sha> what the code calls <head-sha>.
//
// Error codes: every code the packages define (a `type <Name>Code = 'TL_...' | ...` union, and
// CONFIGURATION_ERROR_CODE, the code of a plain ConfigurationError) has one row in the table
// under "## Error codes": | `TL_CODE` | @tokenless/<package> | what it means |. The code is what
// stays when a message is reworded: code and docs key on it (`--list` prints each message's code).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DOC = 'docs/RELEASING.md'
const FIX_COMMAND = 'node scripts/runbook.mjs --write'

/**
 * Sinks whose message is passed on from elsewhere and documented where it is made. Each is a file
 * and the exact text of the message expression there.
 */
export const FORWARDERS = [
  // runAction reports whatever a run threw: the messages are documented where they are thrown.
  { file: 'packages/action-kit/src/run-action.ts', text: 'error.message' },
  { file: 'packages/action-kit/src/run-action.ts', text: 'message' },
  // The GitHub client's log adapters pass on octokit's own retry and deprecation messages.
  { file: 'packages/github/src/client.ts', text: 'message' },
  // An asset upload's failed answer carries GitHub's own message as an octokit-shaped error, which
  // explainGitHubError turns into a documented message where the upload is called.
  {
    file: 'packages/github/src/releases.ts',
    text: "typeof said === 'string' ? said : `HTTP ${answer.status}`",
  },
  // test-gate: a ConfigurationError met while judging is also a gate reason; a failed test's own
  // message is the user's test output.
  { file: 'actions/test-gate/src/main.ts', text: 'error.message' },
  { file: 'actions/test-gate/src/main.ts', text: 'test.message' },
  // validate-tag collects its findings and reports them at the end.
  { file: 'actions/validate-tag/src/validate-release.ts', text: 'rule.detail' },
  { file: 'actions/validate-tag/src/validate-release.ts', text: 'problem.message' },
]

const KINDS = ['error', 'failure', 'warning']
const CODE = /^TL_[A-Z0-9_]+$/
const CODES_HEADING = '## Error codes'
const CODES_TABLE = ['| Code | Defined in | Means |', '| --- | --- | --- |']

// ---------------------------------------------------------------------------------------------
// Reading the messages from the code

function listActionEntries(root) {
  const actions = join(root, 'actions')
  if (!existsSync(actions)) return []
  return readdirSync(actions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ action: entry.name, file: join(actions, entry.name, 'src', 'index.ts') }))
    .filter((entry) => existsSync(entry.file))
    .sort((a, b) => a.action.localeCompare(b.action))
}

function compilerOptions(root) {
  return {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowJs: false,
    noEmit: true,
    skipLibCheck: true,
    noResolve: false,
    types: [],
    baseUrl: root,
    paths: { '@tokenless/*': ['./packages/*/src/index.ts'] },
  }
}

function isOwnFile(root, fileName) {
  const path = relative(root, fileName)
  return (
    !path.startsWith('..') && !path.split(sep).includes('node_modules') && !path.endsWith('.d.ts')
  )
}

/** The files each action reaches through its imports (static and dynamic). */
function importClosures(program, root, entries) {
  const options = program.getCompilerOptions()
  const edges = new Map()
  for (const source of program.getSourceFiles()) {
    if (!isOwnFile(root, source.fileName)) continue
    const targets = new Set()
    const visit = (node) => {
      let specifier
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
        specifier = node.moduleSpecifier
      else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0]
      )
        specifier = node.arguments[0]
      if (specifier && ts.isStringLiteralLike(specifier)) {
        const resolved = ts.resolveModuleName(specifier.text, source.fileName, options, ts.sys)
          .resolvedModule?.resolvedFileName
        if (resolved && isOwnFile(root, resolved)) targets.add(resolve(resolved))
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
    edges.set(resolve(source.fileName), targets)
  }
  const closures = new Map()
  for (const { action, file } of entries) {
    const seen = new Set([resolve(file)])
    const queue = [resolve(file)]
    while (queue.length > 0) {
      for (const next of edges.get(queue.pop()) ?? []) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
    closures.set(action, seen)
  }
  return closures
}

const PASS_THROUGH_METHODS = new Set([
  'slice',
  'join',
  'map',
  'filter',
  'trim',
  'toString',
  'toLowerCase',
  'toUpperCase',
  'toFixed',
  'toISOString',
  'replace',
  'split',
  'sort',
  'at',
])

function kebab(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9|]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
}

function unwrap(node) {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node)
  )
    node = node.expression
  return node
}

/** A readable placeholder name for the expression inside `${...}`. */
function placeholderName(node) {
  node = unwrap(node)
  if (ts.isIdentifier(node)) return node.text
  if (ts.isPropertyAccessExpression(node)) {
    const name = node.name.text
    if (name === 'length' || name === 'size') return `${placeholderName(node.expression)}-count`
    return name
  }
  if (ts.isElementAccessExpression(node)) return placeholderName(node.expression)
  if (ts.isCallExpression(node)) {
    const callee = unwrap(node.expression)
    if (ts.isPropertyAccessExpression(callee)) {
      if (PASS_THROUGH_METHODS.has(callee.name.text)) return placeholderName(callee.expression)
      if (ts.isIdentifier(callee.expression) && callee.expression.text === 'JSON')
        return node.arguments[0] ? placeholderName(node.arguments[0]) : 'value'
      return callee.name.text
    }
    const last = node.arguments[node.arguments.length - 1]
    return last ? placeholderName(last) : ts.isIdentifier(callee) ? callee.text : 'value'
  }
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken)
      return placeholderName(node.left)
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.MinusToken)
      return placeholderName(node.left)
    return 'value'
  }
  if (ts.isConditionalExpression(node)) {
    const yes = unwrap(node.whenTrue)
    const no = unwrap(node.whenFalse)
    if (ts.isStringLiteralLike(yes) && ts.isStringLiteralLike(no))
      return `${yes.text.trim()}|${no.text.trim()}`
    return placeholderName(ts.isStringLiteralLike(yes) ? no : yes)
  }
  if (ts.isTemplateExpression(node)) {
    const first = node.templateSpans[0]
    return first ? placeholderName(first.expression) : 'value'
  }
  return 'value'
}

function placeholder(node) {
  const name = placeholderName(node)
  const text = name.includes('|') ? name : kebab(name)
  return `<${text || 'value'}>`
}

class Unreadable extends Error {}

function symbolDeclaration(checker, node) {
  let symbol = checker.getSymbolAtLocation(node)
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0]
}

function returnedExpressions(body) {
  if (!ts.isBlock(body)) return [body]
  const found = []
  const visit = (node) => {
    if (ts.isFunctionLike(node)) return
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression)
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(body, visit)
  return found
}

/** The text of a `const NAME = 'text'` used inside a template, so the runbook shows the words. */
function constantText(node, context) {
  node = unwrap(node)
  if (!ts.isIdentifier(node)) return undefined
  const declaration = symbolDeclaration(context.checker, node)
  if (
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    declaration.parent.flags & ts.NodeFlags.Const &&
    declaration.initializer &&
    ts.isStringLiteralLike(unwrap(declaration.initializer)) &&
    isOwnFile(context.root, declaration.getSourceFile().fileName)
  )
    return unwrap(declaration.initializer).text
  return undefined
}

/** The values a `let` variable is given after its declaration, in the scope that declares it. */
function assignmentsTo(declaration, checker) {
  let scope = declaration.parent
  while (scope && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent
  const values = []
  const visit = (node) => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.left) &&
      symbolDeclaration(checker, node.left) === declaration
    )
      values.push(node.right)
    ts.forEachChild(node, visit)
  }
  if (scope) visit(scope)
  return values
}

/** Every text the expression can be, with placeholders; throws Unreadable when it cannot tell. */
function readMessages(node, context, depth = 0) {
  if (depth > 12) throw new Unreadable(node.getText())
  node = unwrap(node)
  if (ts.isStringLiteralLike(node)) return [node.text]
  if (node.kind === ts.SyntaxKind.NullKeyword) return []
  if (ts.isIdentifier(node) && node.text === 'undefined') return []
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text
    for (const span of node.templateSpans)
      text +=
        (constantText(span.expression, context) ?? placeholder(span.expression)) + span.literal.text
    return [text]
  }
  if (ts.isConditionalExpression(node))
    return [
      ...readMessages(node.whenTrue, context, depth + 1),
      ...readMessages(node.whenFalse, context, depth + 1),
    ]
  if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  )
    return [
      ...readMessages(node.left, context, depth + 1),
      ...readMessages(node.right, context, depth + 1),
    ]
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = readMessages(node.left, context, depth + 1)
    const right = readMessages(node.right, context, depth + 1)
    return left.flatMap((a) => right.map((b) => a + b))
  }
  if (ts.isIdentifier(node)) {
    const declaration = symbolDeclaration(context.checker, node)
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      ts.isIdentifier(declaration.name) &&
      isOwnFile(context.root, declaration.getSourceFile().fileName)
    ) {
      const values = declaration.initializer ? [declaration.initializer] : []
      if (!(declaration.parent.flags & ts.NodeFlags.Const))
        values.push(...assignmentsTo(declaration, context.checker))
      if (values.length > 0)
        return values.flatMap((value) => readMessages(value, context, depth + 1))
    }
    throw new Unreadable(node.getText())
  }
  if (ts.isCallExpression(node)) {
    const declaration = symbolDeclaration(context.checker, node.expression)
    let body
    if (declaration && ts.isFunctionDeclaration(declaration)) body = declaration.body
    else if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      (ts.isArrowFunction(declaration.initializer) ||
        ts.isFunctionExpression(declaration.initializer))
    )
      body = declaration.initializer.body
    if (body && isOwnFile(context.root, declaration.getSourceFile().fileName)) {
      const returned = returnedExpressions(body)
      if (returned.length > 0)
        return returned.flatMap((expression) => readMessages(expression, context, depth + 1))
    }
    throw new Unreadable(node.getText())
  }
  throw new Unreadable(node.getText())
}

function calleeName(node) {
  const callee = unwrap(node.expression)
  if (ts.isIdentifier(callee)) return { name: callee.text, receiver: undefined }
  if (ts.isPropertyAccessExpression(callee))
    return { name: callee.name.text, receiver: unwrap(callee.expression) }
  return { name: undefined, receiver: undefined }
}

/** The sinks of a file: each call or construction that prints a message, with its kind. */
function findSinks(source, defaultCode) {
  const sinks = []
  const visit = (node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.arguments?.[0]) {
      const [first, second] = node.arguments
      if (ts.isStringLiteralLike(first) && CODE.test(first.text) && second)
        sinks.push({ kind: 'error', node, message: second, code: first.text })
      else if (node.expression.text === 'ConfigurationError')
        sinks.push({ kind: 'error', node, message: first, code: defaultCode })
      else if (node.expression.text === 'Error')
        sinks.push({ kind: 'failure', node, message: node.arguments[0] })
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const { name, receiver } = calleeName(node)
      const args = node.arguments.filter((arg) => !ts.isObjectLiteralExpression(unwrap(arg)))
      const last = args[args.length - 1]
      if (receiver && (name === 'warning' || name === 'warn') && last)
        sinks.push({ kind: 'warning', node, message: last })
      // `this.error(...)` is a class's own method (a parser building its error), not a log.
      else if (receiver && receiver.kind !== ts.SyntaxKind.ThisKeyword && name === 'error' && last)
        sinks.push({ kind: 'failure', node, message: last })
      else if (
        name === 'push' &&
        receiver &&
        ts.isPropertyAccessExpression(receiver) &&
        receiver.name.text === 'reasons' &&
        node.arguments[0]
      )
        sinks.push({ kind: 'failure', node, message: node.arguments[0] })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return sinks
}

/**
 * When a sink's message is a parameter of a named function (`function tagError(message)`), that
 * function is a factory: its callers' arguments are the messages.
 */
function factoryOf(checker, message) {
  const node = unwrap(message)
  if (!ts.isIdentifier(node)) return undefined
  const declaration = symbolDeclaration(checker, node)
  if (!declaration || !ts.isParameter(declaration)) return undefined
  const fn = declaration.parent
  const index = fn.parameters.indexOf(declaration)
  if (ts.isFunctionDeclaration(fn) && fn.name) return { declaration: fn, index }
  if (
    (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
    ts.isVariableDeclaration(fn.parent)
  )
    return { declaration: fn.parent, index }
  return undefined
}

function findFactoryCalls(checker, source, factories, wanted) {
  const calls = []
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const declaration = symbolDeclaration(checker, node.expression)
      if (declaration && wanted.includes(declaration)) {
        const { kind, index, code } = factories.get(declaration)
        const message = node.arguments[index]
        if (message) calls.push({ kind, node, message, source, code })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return calls
}

/** Where a shared package's messages go in the runbook: the action that meets them, or a topic. */
export const PACKAGE_SECTIONS = {
  oidc: 'publish-oidc',
  artifacts: 'publish-oidc',
  manifests: 'validate-tag',
  changelog: 'create-release',
  versioning: 'Versions and tags (any action)',
  git: 'Git checkout and history (any action)',
  'action-kit': 'Inputs, GitHub API and the runner (any action)',
  platform: 'Inputs, GitHub API and the runner (any action)',
  github: 'Inputs, GitHub API and the runner (any action)',
}

function groupOf(file, actionsReaching) {
  const action = /^actions\/([^/]+)\//.exec(file)
  if (action) return action[1]
  const section = PACKAGE_SECTIONS[/^packages\/([^/]+)\//.exec(file)?.[1] ?? '']
  if (section) return section
  return actionsReaching.length === 1 ? actionsReaching[0] : 'Any action'
}

/**
 * The messages the actions can print: `{ messages, unreadable, files }`. Each message has its
 * pattern, kinds, sites (`file:line`) and the section it belongs to in the runbook.
 */
export function extractMessages(root = REPO) {
  root = resolve(root)
  const entries = listActionEntries(root)
  const program = ts.createProgram({
    rootNames: entries.map((entry) => entry.file),
    options: compilerOptions(root),
  })
  const checker = program.getTypeChecker()
  const closures = importClosures(program, root, entries)
  const context = { checker, root }
  const files = program
    .getSourceFiles()
    .filter((source) => isOwnFile(root, source.fileName))
    .sort((a, b) => a.fileName.localeCompare(b.fileName))
  // Sinks, then calls to functions that pass a parameter on to a sink (factories such as
  // tagError(message)), until no new factory turns up.
  const factories = new Map()
  const sinks = []
  const codes = declaredCodes(root, files)
  const defaultCode = codes.find((code) => code.isDefault)?.code
  let pending = files.flatMap((source) =>
    findSinks(source, defaultCode).map((sink) => ({ ...sink, source })),
  )
  while (pending.length > 0) {
    const found = []
    for (const sink of pending) {
      const factory = factoryOf(checker, sink.message)
      if (factory === undefined) {
        sinks.push(sink)
      } else if (!factories.has(factory.declaration)) {
        factories.set(factory.declaration, {
          kind: sink.kind,
          index: factory.index,
          code: sink.code,
        })
        found.push(factory.declaration)
      }
    }
    pending =
      found.length === 0
        ? []
        : files.flatMap((source) => findFactoryCalls(checker, source, factories, found))
  }
  const byKey = new Map()
  const unreadable = []
  const usedForwarders = new Set()
  for (const sink of sinks) {
    const source = sink.source
    const file = relative(root, source.fileName).split(sep).join('/')
    const reaching = entries
      .filter(({ action }) => closures.get(action)?.has(resolve(source.fileName)))
      .map(({ action }) => action)
    const line = source.getLineAndCharacterOfPosition(sink.node.getStart(source)).line + 1
    let texts
    try {
      texts = readMessages(sink.message, context)
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error
      const text = sink.message.getText(source)
      const forwarder = FORWARDERS.find((entry) => entry.file === file && entry.text === text)
      if (forwarder === undefined) unreadable.push({ file, line, kind: sink.kind, text })
      else usedForwarders.add(forwarder)
      continue
    }
    for (const raw of texts) {
      const pattern = normalizeSpace(raw)
      if (pattern === '') continue
      const key = patternKey(pattern)
      let message = byKey.get(key)
      if (message === undefined) {
        message = {
          pattern,
          kinds: new Set(),
          codes: new Set(),
          sites: [],
          group: groupOf(file, reaching),
        }
        byKey.set(key, message)
      }
      message.kinds.add(sink.kind)
      if (sink.code !== undefined) message.codes.add(sink.code)
      if (!message.sites.includes(`${file}:${line}`)) message.sites.push(`${file}:${line}`)
    }
  }
  const messages = [...byKey.values()].map((message) => ({
    ...message,
    kind: kindLabel(message.kinds),
  }))
  // A forwarder whose file is read but which no sink uses any more is stale.
  const read = new Set(files.map((source) => relative(root, source.fileName).split(sep).join('/')))
  const staleForwarders = FORWARDERS.filter(
    (forwarder) => read.has(forwarder.file) && !usedForwarders.has(forwarder),
  )
  return {
    messages,
    codes,
    unreadable,
    staleForwarders,
    files: files.length,
  }
}

/**
 * The error codes the packages define: each `TL_*` literal of a `type <Name>Code` union, and the
 * value of CONFIGURATION_ERROR_CODE (`isDefault`: the code of a plain ConfigurationError).
 */
function declaredCodes(root, files) {
  const codes = []
  for (const source of files) {
    const file = relative(root, source.fileName).split(sep).join('/')
    const owner = /^packages\/([^/]+)\//.exec(file)
    const definedIn = owner ? `@tokenless/${owner[1]}` : file
    const add = (literal, isDefault) => {
      if (!CODE.test(literal.text) || codes.some((known) => known.code === literal.text)) return
      const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1
      codes.push({ code: literal.text, definedIn, site: `${file}:${line}`, isDefault })
    }
    const visit = (node) => {
      if (ts.isTypeAliasDeclaration(node) && node.name.text.endsWith('Code')) {
        const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type]
        for (const member of members)
          if (ts.isLiteralTypeNode(member) && ts.isStringLiteralLike(member.literal))
            add(member.literal, false)
      } else if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'CONFIGURATION_ERROR_CODE' &&
        node.initializer &&
        ts.isStringLiteralLike(node.initializer)
      )
        add(node.initializer, true)
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return codes.sort((a, b) => a.code.localeCompare(b.code))
}

function kindLabel(kinds) {
  return KINDS.filter((kind) => kinds.has(kind)).join(' or ')
}

function normalizeSpace(text) {
  return text.replace(/\s+/g, ' ').trim()
}

/** What is compared: the text, with every placeholder the same whatever its name. */
export function patternKey(pattern) {
  return normalizeSpace(pattern).replace(/<[^<>]*>/g, '<>')
}

// ---------------------------------------------------------------------------------------------
// Reading the runbook

const ENTRY = /^> \*\*([a-z]+(?: or [a-z]+)*)\*\*: (`+) ?(.*?) ?\2\s*$/
const HEADING = /^(#{1,6}) /
const CODE_ROW = /^\|\s*`(TL_[A-Z0-9_]+)`\s*\|([^|]*)\|(.*)\|\s*$/

/** The rows of the error-code table: `{ line, code, definedIn, means }`. */
export function parseCodeRows(text) {
  return text.split('\n').flatMap((line, index) => {
    const match = CODE_ROW.exec(line)
    if (!match) return []
    return [{ line: index + 1, code: match[1], definedIn: match[2].trim(), means: match[3].trim() }]
  })
}

/** The entries of the runbook: `{ line, kind, pattern, means, fix }`. */
export function parseRunbook(text) {
  const lines = text.split('\n')
  const entries = []
  let current
  for (const [index, line] of lines.entries()) {
    const match = ENTRY.exec(line)
    if (match) {
      current = { line: index + 1, kind: match[1], pattern: match[3], means: '', fix: '' }
      entries.push(current)
      continue
    }
    if (HEADING.test(line)) {
      current = undefined
      continue
    }
    if (current === undefined) continue
    const means = /^\*\*Means:\*\*(.*)$/.exec(line)
    const fix = /^\*\*Fix:\*\*(.*)$/.exec(line)
    if (means) current.means = means[1].trim()
    else if (fix) current.fix = fix[1].trim()
  }
  return entries
}

function explained(text) {
  return text !== '' && !/^TODO\b/.test(text)
}

// ---------------------------------------------------------------------------------------------
// Comparing

function words(text) {
  return new Set(
    patternKey(text)
      .toLowerCase()
      .split(/[^a-z0-9<>-]+/)
      .filter(Boolean),
  )
}

function similarity(a, b) {
  const x = words(a)
  const y = words(b)
  let shared = 0
  for (const word of x) if (y.has(word)) shared += 1
  return shared / Math.max(1, Math.max(x.size, y.size))
}

function article(kind) {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`
}

/** The problems between the code's messages and the runbook's entries, as lines of text. */
export function compare(extracted, entries, doc = DOC, rows = []) {
  const problems = []
  for (const site of extracted.unreadable) {
    problems.push(
      `${site.file}:${site.line}: the ${site.kind} message \`${site.text}\` cannot be read statically. Write it as a string or template literal (or a const, or a function returning one), or, if it only passes on a message documented where it is made, add { file: '${site.file}', text: '${site.text}' } to FORWARDERS in scripts/runbook.mjs.`,
    )
  }
  for (const forwarder of extracted.staleForwarders ?? []) {
    problems.push(
      `FORWARDERS in scripts/runbook.mjs lists { file: '${forwarder.file}', text: '${forwarder.text}' }, but no message there is passed on as \`${forwarder.text}\` any more. Remove it from FORWARDERS.`,
    )
  }
  const documented = new Map()
  for (const entry of entries) {
    const key = patternKey(entry.pattern)
    const first = documented.get(key)
    if (first !== undefined) {
      problems.push(
        `${doc}:${entry.line} documents "${entry.pattern}" again (first at line ${first.line}). Keep one entry and link to it from elsewhere.`,
      )
      continue
    }
    documented.set(key, entry)
  }
  const inCode = new Map(
    extracted.messages.map((message) => [patternKey(message.pattern), message]),
  )
  const missing = extracted.messages.filter(
    (message) => !documented.has(patternKey(message.pattern)),
  )
  for (const message of missing) {
    problems.push(
      `Not in ${doc}: the ${message.kind} "${message.pattern}" (${message.sites.join(', ')}). Run \`${FIX_COMMAND}\` to add its entry under "### ${message.group}", then write what it means and the fix.`,
    )
  }
  for (const entry of documented.values()) {
    const message = inCode.get(patternKey(entry.pattern))
    if (message === undefined) {
      const closest = missing
        .map((candidate) => ({ candidate, score: similarity(candidate.pattern, entry.pattern) }))
        .sort((a, b) => b.score - a.score)[0]
      const hint =
        closest && closest.score >= 0.5
          ? ` It may have become "${closest.candidate.pattern}" (${closest.candidate.sites[0]}): edit the entry's message to that.`
          : ' Edit the entry to the message as the code now prints it, or delete the entry.'
      problems.push(
        `${doc}:${entry.line} documents "${entry.pattern}", which the code no longer prints.${hint}`,
      )
      continue
    }
    if (entry.kind !== message.kind) {
      problems.push(
        `${doc}:${entry.line} calls "${entry.pattern}" ${article(entry.kind)}, but the code prints it as ${article(message.kind)} (${message.sites.join(', ')}). Change **${entry.kind}** to **${message.kind}**.`,
      )
    }
    const lacking = [
      explained(entry.means) ? undefined : '**Means:**',
      explained(entry.fix) ? undefined : '**Fix:**',
    ].filter(Boolean)
    if (lacking.length > 0) {
      problems.push(
        `${doc}:${entry.line}: the entry for "${entry.pattern}" has no ${lacking.join(' and no ')} text. Write what the message means and what to do about it.`,
      )
    }
  }
  problems.push(...compareCodes(extracted.codes ?? [], rows, doc))
  return problems
}

function compareCodes(codes, rows, doc) {
  const problems = []
  const listed = new Map()
  for (const row of rows) {
    const first = listed.get(row.code)
    if (first !== undefined) {
      problems.push(
        `${doc}:${row.line} lists the error code ${row.code} again (first at line ${first.line}). Keep one row.`,
      )
      continue
    }
    listed.set(row.code, row)
  }
  for (const code of codes) {
    const row = listed.get(code.code)
    if (row === undefined) {
      problems.push(
        `Not in ${doc}: the error code ${code.code} (${code.site}). Add the row | \`${code.code}\` | ${code.definedIn} | what it means | to the table under "${CODES_HEADING}" (\`${FIX_COMMAND}\` adds it), then write what it means.`,
      )
      continue
    }
    if (row.definedIn !== code.definedIn) {
      problems.push(
        `${doc}:${row.line} says ${code.code} is defined in "${row.definedIn}", but ${code.definedIn} defines it (${code.site}). Change the row to ${code.definedIn}.`,
      )
    }
    if (!explained(row.means)) {
      problems.push(
        `${doc}:${row.line}: the row for ${code.code} does not say what it means. Write it: what was found, and where its messages are.`,
      )
    }
  }
  for (const row of listed.values()) {
    if (!codes.some((code) => code.code === row.code)) {
      problems.push(
        `${doc}:${row.line} lists the error code ${row.code}, which no package defines any more. Delete the row, or rename it to the code that replaced it.`,
      )
    }
  }
  return problems
}

/** The runbook with a TODO row for each code its table lacks (the table is made when missing). */
export function addMissingCodeRows(text, codes) {
  const listed = new Set(parseCodeRows(text).map((row) => row.code))
  const missing = codes.filter((code) => !listed.has(code.code))
  if (missing.length === 0) return { text, added: 0 }
  let lines = text.split('\n')
  let start = lines.findIndex((line) => line.trim() === CODES_HEADING)
  if (start === -1) {
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
    lines.push('', CODES_HEADING, '', ...CODES_TABLE, '')
    start = lines.length - 4
  }
  let end = start + 1
  while (end < lines.length && !/^#{1,2} /.test(lines[end])) end += 1
  while (end > start + 1 && lines[end - 1] === '') end -= 1
  const rows = missing.map((code) => `| \`${code.code}\` | ${code.definedIn} | TODO |`)
  lines = [...lines.slice(0, end), ...rows, ...lines.slice(end)]
  let result = lines.join('\n')
  if (!result.endsWith('\n')) result += '\n'
  return { text: result, added: missing.length }
}

// ---------------------------------------------------------------------------------------------
// Writing skeletons

function codeSpan(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

export function formatEntry(message) {
  return [
    `> **${message.kind}**: ${codeSpan(message.pattern)}`,
    '',
    '**Means:** TODO',
    '',
    '**Fix:** TODO',
    '',
  ].join('\n')
}

/** The runbook with a skeleton entry for each missing message, at the end of its section. */
export function addMissingEntries(text, extracted) {
  const documented = new Set(parseRunbook(text).map((entry) => patternKey(entry.pattern)))
  const missing = extracted.messages.filter(
    (message) => !documented.has(patternKey(message.pattern)),
  )
  let lines = text.split('\n')
  for (const message of missing) {
    const heading = `### ${message.group}`
    let start = lines.findIndex((line) => line.trim() === heading)
    if (start === -1) {
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
      lines.push('', heading, '')
      start = lines.length - 2
    }
    let end = start + 1
    while (end < lines.length && !/^#{1,3} /.test(lines[end])) end += 1
    while (end > start + 1 && lines[end - 1] === '') end -= 1
    lines = [...lines.slice(0, end), '', ...formatEntry(message).split('\n'), ...lines.slice(end)]
  }
  let result = lines.join('\n').replace(/\n{3,}/g, '\n\n')
  if (!result.endsWith('\n')) result += '\n'
  return { text: result, added: missing.length }
}

// ---------------------------------------------------------------------------------------------
// Command line

function counts(messages) {
  const by = (kind) => messages.filter((message) => message.kinds.has(kind)).length
  return `${by('error')} errors, ${by('failure')} failures, ${by('warning')} warnings`
}

export function main(argv = process.argv.slice(2), write = (line) => console.log(line)) {
  const option = (name) => {
    const index = argv.indexOf(name)
    return index === -1 ? undefined : argv[index + 1]
  }
  const root = resolve(option('--root') ?? REPO)
  const docPath = resolve(option('--doc') ?? join(root, DOC))
  const docName = relative(root, docPath).split(sep).join('/')
  const extracted = extractMessages(root)
  if (argv.includes('--list')) {
    for (const message of extracted.messages)
      write(
        `${message.kind}\t${message.group}\t${message.sites[0]}\t${message.pattern}${message.codes.size > 0 ? `\t${[...message.codes].join(' ')}` : ''}`,
      )
    return 0
  }
  if (!existsSync(docPath)) {
    write(
      `${docName} does not exist. Run \`${FIX_COMMAND}\` to create it with an entry per message.`,
    )
    if (!argv.includes('--write')) return 1
  }
  const text = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Releasing\n'
  if (argv.includes('--write')) {
    const withEntries = addMissingEntries(text, extracted)
    const { text: updated, added: addedRows } = addMissingCodeRows(
      withEntries.text,
      extracted.codes,
    )
    const added = withEntries.added + addedRows
    if (added > 0) writeFileSync(docPath, updated)
    write(
      `${docName}: added ${added} entr${added === 1 ? 'y' : 'ies'}${added > 0 ? ': write their **Means:** and **Fix:**' : ''}.`,
    )
  }
  const current = readFileSyncOr(docPath, text)
  const problems = compare(extracted, parseRunbook(current), docName, parseCodeRows(current))
  if (problems.length === 0) {
    const codes = extracted.codes.length > 0 ? ` and all ${extracted.codes.length} error codes` : ''
    write(
      `${docName} documents all ${extracted.messages.length} messages the actions can print (${counts(extracted.messages)})${codes}, read from ${extracted.files} files.`,
    )
    return 0
  }
  write(
    `${docName} does not match the code: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
  )
  for (const problem of problems) write(`- ${problem}`)
  return 1
}

function readFileSyncOr(path, fallback) {
  return existsSync(path) ? readFileSync(path, 'utf8') : fallback
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main()
}
