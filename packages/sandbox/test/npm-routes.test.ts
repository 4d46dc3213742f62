import { NPM_ANSWERS } from '../src/index.js'
import { routeOf } from '../src/npm/registry-routes.js'

const TARBALL = { versions: { '1.0.0': {} }, _attachments: { 'w-1.0.0.tgz': { data: '' } } }

describe('routeOf', () => {
  it.each([
    [
      'POST',
      '/-/npm/v1/oidc/token/exchange/package/@acme%2fwidget',
      undefined,
      'exchange',
      '@acme/widget',
    ],
    ['POST', '/-/npm/v1/oidc/token/exchange/package/widget', undefined, 'exchange', 'widget'],
    ['POST', '/-/npm/v1/oidc/token/exchange/package/', undefined, 'exchange', undefined],
    ['GET', '/-/package/@acme%2fwidget/visibility', undefined, 'visibility', '@acme/widget'],
    ['PUT', '/@acme%2fwidget', TARBALL, 'publish', '@acme/widget'],
    ['PUT', '/@acme/widget', TARBALL, 'publish', '@acme/widget'],
    ['PUT', '/widget', TARBALL, 'publish', 'widget'],
    [
      'PUT',
      '/widget',
      { versions: { '1.0.0': { deprecated: 'no' } } },
      'packument-change',
      'widget',
    ],
    ['PUT', '/widget', { _attachments: {} }, 'packument-change', 'widget'],
    ['PUT', '/-/package/@acme%2fwidget/dist-tags/next', '1.0.0', 'dist-tag', '@acme/widget'],
    ['DELETE', '/-/package/widget/dist-tags/next', undefined, 'dist-tag', 'widget'],
    ['GET', '/-/package/widget/dist-tags', undefined, 'read', undefined],
    ['PUT', '/widget/-rev/3-abc', {}, 'unpublish', 'widget'],
    [
      'DELETE',
      '/@acme%2fwidget/-/@acme/widget-1.0.0.tgz/-rev/3-abc',
      undefined,
      'unpublish',
      '@acme/widget',
    ],
    ['GET', '/@acme%2fwidget', undefined, 'read', '@acme/widget'],
    ['GET', '/@acme/widget/-/widget-1.0.0.tgz', undefined, 'read', '@acme/widget'],
    ['PUT', '/-/user/org.couchdb.user:me', {}, 'other', undefined],
    ['POST', '/-/npm/v1/security/advisories/bulk', {}, 'other', undefined],
  ])('%s %s is %s', (method, path, body, action, packageName) => {
    expect(routeOf(method, path, body)).toEqual({ action, packageName })
  })
})

describe('NPM_ANSWERS', () => {
  it('words the refusals with the action and the version', () => {
    expect(NPM_ANSWERS.oidcPublishOnly('npm dist-tag')).toBe(
      'Trusted publishing (OIDC) tokens can only publish packages: npm dist-tag needs a granular access token.',
    )
    expect(NPM_ANSWERS.versionExists('1.2.3')).toBe(
      'You cannot publish over the previously published versions: 1.2.3.',
    )
  })
})
