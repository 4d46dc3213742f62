#!/usr/bin/env node
// Fails when code imports a package its package.json does not declare, so that the declarations
// stay true: each workspace package (packages/*/src) against its own package.json, the actions
// (actions/*/src, which the root package bundles) against the root's dependencies, and the
// root's tests, scripts and benchmarks against the root's dependencies and devDependencies.
//
//   node scripts/check-dependencies.mjs [--root DIR]
//
// A package's src needs a value import in `dependencies`; a type-only import (`import type`,
// `import('x').T` in a type) may be in `devDependencies`, and may be satisfied by `@types/x`.
// The published `tokenless` command (packages/cli) is one bundle: what it bundles is in its
// devDependencies, and only what stays outside the bundle is in its dependencies.
// Imports are read with the TypeScript compiler: static and dynamic imports, `export ... from`,
// and `createRequire(...).resolve('x')`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)))
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', 'fixtures', 'out'])

function sourceFiles(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(path)
    return /\.(ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The package a specifier names: `@scope/name/sub` -> `@scope/name`; undefined for a path or builtin. */
export function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** Every package a file imports: `{ name, line, typeOnly }`. */
export function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found = []
  const add = (literal, typeOnly) => {
    const name = packageOf(literal.text)
    if (name === undefined) return
    const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1
    found.push({ name, line, typeOnly })
  }
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)))
      add(node.moduleSpecifier, typeOnly)
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier, node.isTypeOnly)
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal))
        add(argument.literal, true)
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const [first] = node.arguments
      const callee = node.expression
      const dynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword
      // require.resolve('x') and createRequire(import.meta.url).resolve('x')
      const resolveCall =
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'resolve' &&
        ((ts.isIdentifier(callee.expression) && callee.expression.text === 'require') ||
          (ts.isCallExpression(callee.expression) &&
            ts.isIdentifier(callee.expression.expression) &&
            callee.expression.expression.text === 'createRequire'))
      const requireCall = ts.isIdentifier(callee) && callee.text === 'require'
      if ((dynamicImport || resolveCall || requireCall) && ts.isStringLiteralLike(first))
        add(first, false)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function readManifest(path) {
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** The problems of one set of files against one package.json. */
function check(root, files, manifestPath, { bundled, devOnly }) {
  const manifest = readManifest(manifestPath)
  const runtime = { ...manifest.peerDependencies, ...manifest.dependencies }
  const dev = manifest.devDependencies ?? {}
  const shown = relative(root, manifestPath)
  const problems = []
  for (const file of files) {
    for (const { name, line, typeOnly } of importsOf(file)) {
      if (name === manifest.name) continue
      const inRuntime = name in runtime
      const inDev = name in dev || (typeOnly && `@types/${name}` in { ...runtime, ...dev })
      if (inRuntime || (inDev && (typeOnly || bundled || devOnly))) continue
      const where = `${relative(root, file)}:${line}`
      problems.push(
        inDev
          ? `${where} imports ${name} at run time, but ${shown} lists it only in devDependencies: move it to dependencies.`
          : `${where} imports ${name}, which ${shown} does not declare: add it to ${typeOnly || devOnly ? 'devDependencies' : 'dependencies'} (with the version range the other packages use, then run npm install --package-lock-only).`,
      )
    }
  }
  return problems
}

export function undeclaredImports(root = REPO) {
  root = resolve(root)
  const problems = []
  const packages = join(root, 'packages')
  for (const name of existsSync(packages) ? readdirSync(packages).sort() : []) {
    const manifestPath = join(packages, name, 'package.json')
    if (!existsSync(manifestPath)) continue
    const bundled = readManifest(manifestPath).private !== true
    const files = sourceFiles(join(packages, name, 'src'))
    problems.push(...check(root, files, manifestPath, { bundled, devOnly: false }))
  }
  const rootManifest = join(root, 'package.json')
  const actions = join(root, 'actions')
  const actionFiles = (existsSync(actions) ? readdirSync(actions).sort() : []).flatMap((name) =>
    sourceFiles(join(actions, name, 'src')),
  )
  problems.push(...check(root, actionFiles, rootManifest, { bundled: false, devOnly: false }))
  const tooling = [
    ...['test', 'scripts', 'bench'].flatMap((dir) => sourceFiles(join(root, dir))),
    ...readdirSync(root)
      .filter((file) => /\.config\.(js|mjs)$/.test(file))
      .map((file) => join(root, file)),
  ]
  problems.push(...check(root, tooling, rootManifest, { bundled: false, devOnly: true }))
  return problems
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--root')
  const problems = undeclaredImports(index === -1 ? REPO : process.argv[index + 1])
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) process.exitCode = 1
  else console.log('Every package declares what its code imports.')
}
