export { EXCERPT_LENGTH, excerpt, quoteExcerpt } from '@tokenless/errors'
