import { ConfigurationError } from './configuration-error.js'
import type { Environment } from './context.js'
import { parseRepository, type RepoRef } from '@tokenless/platform'

/** Anything that can read a raw input: the action context, or a fake one in tests. */
export interface InputSource {
  /** The raw value, `''` when the input was not given. */
  getInput(name: string): string
}

const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

/** The trimmed value; an empty input is `undefined`. */
export function optionalInput(source: InputSource, name: string): string | undefined {
  const value = source.getInput(name).trim()
  return value === '' ? undefined : value
}

export function requiredInput(source: InputSource, name: string, hint = ''): string {
  const value = optionalInput(source, name)
  if (value === undefined) {
    throw new ConfigurationError(
      `Input ${name} is required but was not given.${hint ? ` ${hint}` : ''}`,
      {
        input: name,
      },
    )
  }
  return value
}

/** YAML 1.2 core booleans only: `tru` or `yes` is an error, never a silent false. */
export function booleanInput(source: InputSource, name: string, defaultValue: boolean): boolean {
  const value = optionalInput(source, name)
  if (value === undefined) return defaultValue
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new ConfigurationError(
    `Input ${name} is "${value}", which is not a boolean. Use true or false.`,
    { input: name },
  )
}

export function enumInput<T extends string>(
  source: InputSource,
  name: string,
  allowed: readonly T[],
  defaultValue: T,
): T
export function enumInput<T extends string>(
  source: InputSource,
  name: string,
  allowed: readonly T[],
): T | undefined
export function enumInput<T extends string>(
  source: InputSource,
  name: string,
  allowed: readonly T[],
  defaultValue?: T,
): T | undefined {
  const value = optionalInput(source, name)
  if (value === undefined) return defaultValue
  const match = allowed.find((candidate) => candidate === value.toLowerCase())
  if (match === undefined) {
    throw new ConfigurationError(
      `Input ${name} is "${value}", which is not one of: ${allowed.join(', ')}.`,
      { input: name },
    )
  }
  return match
}

/** One item per line; blank lines and lines starting with `#` are ignored. */
export function multilineInput(source: InputSource, name: string): string[] {
  return source
    .getInput(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** Items separated by newlines or commas (`main, release/*`). */
export function listInput(source: InputSource, name: string): string[] {
  return multilineInput(source, name)
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

export function integerInput(
  source: InputSource,
  name: string,
  options: { defaultValue: number; min?: number; max?: number },
): number {
  const value = optionalInput(source, name)
  if (value === undefined) return options.defaultValue
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigurationError(
      `Input ${name} is "${value}", which is not a whole number from ${min} to ${max}.`,
      { input: name },
    )
  }
  return Number(value)
}

/** A boolean that may be left out: `undefined` then, for the action to derive. */
export function optionalBooleanInput(source: InputSource, name: string): boolean | undefined {
  return optionalInput(source, name) === undefined ? undefined : booleanInput(source, name, false)
}

/**
 * The repository input, else GITHUB_REPOSITORY. A value not of the form owner/repo is an error;
 * a missing one is an error only when `required`.
 */
export function repositoryInput(source: InputSource & { env: Environment }, required: true): RepoRef
export function repositoryInput(
  source: InputSource & { env: Environment },
  required: false,
): RepoRef | undefined
export function repositoryInput(
  source: InputSource & { env: Environment },
  required: boolean,
): RepoRef | undefined {
  const text = optionalInput(source, 'repository') ?? (source.env.GITHUB_REPOSITORY || undefined)
  if (text === undefined) {
    if (!required) return undefined
    throw new ConfigurationError(
      'No repository: GITHUB_REPOSITORY is not set and the repository input is empty. Set repository: owner/repo.',
      { input: 'repository' },
    )
  }
  const repository = parseRepository(text)
  if (repository === undefined) {
    throw new ConfigurationError(
      `Input repository is "${text}", which is not of the form owner/repo.`,
      {
        input: 'repository',
      },
    )
  }
  return repository
}
