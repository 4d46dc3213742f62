// The base of every user-fixable error lives in @tokenless/errors, so that the domain packages
// raise their own without importing the runner kit; the actions keep importing it from here.
export {
  CONFIGURATION_ERROR_CODE,
  ConfigurationError,
  type ConfigurationErrorOptions,
  isConfigurationError,
  type SourceLocation,
} from '@tokenless/errors'
