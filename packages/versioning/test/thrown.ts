import { ConfigurationError } from '@tokenless/action-kit'

/** Runs `action` and returns the ConfigurationError it throws; fails the test otherwise. */
export function thrownConfigurationError(action: () => unknown): ConfigurationError {
  try {
    action()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError, but nothing was thrown')
}

/** The message of the ConfigurationError that `action` throws. */
export function thrownMessage(action: () => unknown): string {
  return thrownConfigurationError(action).message
}
