import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { blake2b256Hex } from '../src/pypi/blake2b.js'
import {
  buildSdist,
  buildWheel,
  tarGz,
  zip,
  type Dist,
  type DistSpec,
} from './fixtures/pypi/dists.js'
import {
  postUpload,
  releaseToken,
  RELEASE_PUBLISHER,
  setup,
  stopAll,
  type Setup,
  type UploadAnswer,
} from './fixtures/pypi/harness.js'

afterEach(stopAll)

const TOKEN = 'pypi-test-baseline-token'
const SPEC: DistSpec = { name: 'acme-widget', version: '1.2.0' }
const CORE_METADATA =
  'See https://packaging.python.org/specifications/core-metadata for more information.'

async function sandbox(options: Parameters<typeof setup>[0] = {}): Promise<Setup> {
  const s = await setup(options)
  s.pypi.addApiToken(TOKEN)
  return s
}

/** The form twine sends for `dist`, with `changes` applied (undefined removes a field). */
function fields(
  dist: Dist,
  changes: Record<string, string | undefined> = {},
  spec: DistSpec = SPEC,
): Array<[string, string]> {
  const wheel = dist.filename.endsWith('.whl')
  const base: Record<string, string | undefined> = {
    ':action': 'file_upload',
    protocol_version: '1',
    name: spec.name,
    version: spec.version,
    filetype: wheel ? 'bdist_wheel' : 'sdist',
    pyversion: wheel ? 'py3' : 'source',
    metadata_version: '2.1',
    summary: 'A widget for tests',
    md5_digest: createHash('md5').update(dist.data).digest('hex'),
    sha256_digest: createHash('sha256').update(dist.data).digest('hex'),
    blake2_256_digest: blake2b256Hex(dist.data),
    ...changes,
  }
  return Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== undefined)
}

function upload(
  s: Setup,
  dist: Dist,
  changes: Record<string, string | undefined> = {},
  options: { spec?: DistSpec; type?: string; token?: string } = {},
): Promise<UploadAnswer> {
  return postUpload(s, {
    token: options.token ?? TOKEN,
    fields: fields(dist, changes, options.spec),
    file: { filename: dist.filename, data: dist.data, type: options.type },
  })
}

/** A 400 whose reason phrase is `message`, as twine reports it. */
function rejected(message: string, status = 400): { status: number; reason: string } {
  return { status, reason: message }
}

describe('the upload endpoint', () => {
  it('stores a file whose digests match, and answers 200 with an empty body', async () => {
    const s = await sandbox()
    const answer = await upload(s, buildWheel(SPEC))
    expect(answer).toEqual({ status: 200, reason: 'OK', text: '' })
    // Upper-case hex digests are fine too.
    const sdist = buildSdist(SPEC)
    const upper = await upload(s, sdist, {
      sha256_digest: createHash('sha256').update(sdist.data).digest('hex').toUpperCase(),
    })
    expect(upper.status).toBe(200)
  })

  it('refuses bytes that do not match a digest supplied', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    const message = 'The digest supplied does not match a digest calculated from the uploaded file.'
    const other = randomBytes(16)
    for (const changes of [
      { sha256_digest: createHash('sha256').update(other).digest('hex') },
      { md5_digest: createHash('md5').update(other).digest('hex') },
      { blake2_256_digest: blake2b256Hex(other) },
      // One digest alone is enough to be checked.
      { md5_digest: undefined, blake2_256_digest: undefined, sha256_digest: '0'.repeat(64) },
    ]) {
      expect(await upload(s, wheel, changes)).toMatchObject(rejected(message))
    }
    expect(s.pypi.project('acme-widget')).toBeUndefined()
    expect(s.pypi.requests.at(-1)).toMatchObject({ status: 400, message, tokenKind: 'api-token' })
  })

  it('renders its error as Pyramid does: HTML for twine, JSON or text when asked', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    const bad = { sha256_digest: '0'.repeat(64) }
    const message = 'The digest supplied does not match a digest calculated from the uploaded file.'
    const html = await upload(s, wheel, bad)
    expect(html.text).toBe(
      `<html>\n <head>\n  <title>400 ${message}</title>\n </head>\n <body>\n  <h1>400 ${message}</h1>\n` +
        '  The server could not comply with the request since it is either malformed or otherwise incorrect.<br/><br/>\n' +
        `${message}\n\n\n </body>\n</html>`,
    )
    for (const [accept, expected] of [
      [
        'application/json',
        JSON.stringify({
          message: `The server could not comply with the request since it is either malformed or otherwise incorrect.\n\n\n${message}\n\n`,
          code: `400 ${message}`,
          title: 'Bad Request',
        }),
      ],
      [
        'text/plain',
        `400 ${message}\n\nThe server could not comply with the request since it is either malformed or otherwise incorrect.\n\n\n${message}\n\n`,
      ],
    ]) {
      const response = await fetch(s.pypi.uploadUrl, {
        method: 'POST',
        headers: {
          accept: accept!,
          authorization: `Basic ${Buffer.from(`__token__:${TOKEN}`).toString('base64')}`,
        },
        body: new URLSearchParams(fields(wheel, bad)),
      })
      expect(response.status).toBe(400)
      // A form without the file, sent urlencoded, stops at the missing file first.
      expect(response.statusText).toBe('Upload payload does not have a file.')
      expect(await response.text()).toBe(
        expected!.replaceAll(message, 'Upload payload does not have a file.'),
      )
    }
  })

  it('explains a form field it refuses, as Warehouse’s UploadForm does', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    const sdist = buildSdist(SPEC)
    const cases: Array<[Dist, Record<string, string | undefined>, string]> = [
      [
        wheel,
        { name: undefined },
        `'' is an invalid value for Name. Error: This field is required. ${CORE_METADATA}`,
      ],
      [
        wheel,
        { name: '-widget' },
        `'-widget' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. ${CORE_METADATA}`,
      ],
      [
        wheel,
        { name: `${'a'.repeat(40)} ${'b'.repeat(40)}` },
        `'${'a'.repeat(30)}...${'b'.repeat(30)}' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. ${CORE_METADATA}`,
      ],
      [
        wheel,
        { filetype: undefined },
        'Invalid value for filetype. Error: This field is required.',
      ],
      [
        wheel,
        { filetype: 'bdist_egg' },
        'Invalid value for filetype. Error: Use a known file type.',
      ],
      [
        wheel,
        { sha256_digest: 'xyz' },
        'Invalid value for sha256_digest. Error: Use a valid, hex-encoded, SHA256 message digest.',
      ],
      [
        wheel,
        { blake2_256_digest: 'xyz' },
        'Invalid value for blake2_256_digest. Error: Use a valid, hex-encoded, BLAKE2 message digest.',
      ],
      [
        wheel,
        { pyversion: undefined },
        'Invalid value for pyversion. Error: Python version is required for binary distribution uploads.',
      ],
      [
        sdist,
        { pyversion: 'py3' },
        "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.",
      ],
      [
        wheel,
        { md5_digest: undefined, sha256_digest: undefined, blake2_256_digest: undefined },
        'Error: Include at least one message digest.',
      ],
      [wheel, { protocol_version: '2' }, 'Unknown protocol version.'],
    ]
    for (const [dist, changes, message] of cases) {
      expect(await upload(s, dist, changes)).toMatchObject(rejected(message))
    }
  })

  it('explains metadata it refuses', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    const cases: Array<[Record<string, string | undefined>, string]> = [
      [{ metadata_version: '9.9' }, `'9.9' is not a valid metadata version. ${CORE_METADATA}`],
      [{ metadata_version: undefined }, `None is not a valid metadata version. ${CORE_METADATA}`],
      [{ version: 'one' }, `'one' is invalid for 'version'. ${CORE_METADATA}`],
      [{ version: undefined }, `'version' is a required field. ${CORE_METADATA}`],
      [
        { version: '1.2.0+Local' },
        "The use of local versions in '1.2.0+local' is not allowed. See https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers for more information.",
      ],
    ]
    for (const [changes, message] of cases) {
      expect(await upload(s, wheel, changes)).toMatchObject(rejected(message))
    }
  })

  it('wants a file, with a sensible name, extension and content type', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    const noFile = await postUpload(s, { token: TOKEN, fields: fields(wheel) })
    expect(noFile).toMatchObject(rejected('Upload payload does not have a file.'))
    const cases: Array<[string, string]> = [
      [
        'acme\u0001widget-1.2.0-py3-none-any.whl',
        'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
      ],
      [
        '..\\acme_widget-1.2.0-py3-none-any.whl',
        "Cannot upload a file with '/' or '\\' in the name.",
      ],
      [
        'acme_widget-1.2.0-py3.6.egg',
        'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
      ],
    ]
    for (const [filename, message] of cases) {
      expect(await upload(s, { ...wheel, filename })).toMatchObject(rejected(message))
    }
    expect(await upload(s, wheel, { filetype: 'sdist', pyversion: 'source' })).toMatchObject(
      rejected(
        'Invalid file extension: Extension .whl is invalid for filetype sdist. See https://www.python.org/dev/peps/pep-0527 for more information.',
      ),
    )
    for (const type of ['', 'image/png']) {
      expect(await upload(s, wheel, {}, { type })).toMatchObject(
        rejected('Invalid distribution file.'),
      )
    }
  })

  it('checks that the archive is a distribution', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    const sdist = buildSdist(SPEC)
    const invalid = (message: string) => rejected(`Invalid distribution file. ${message}`)
    expect(await upload(s, { ...wheel, data: Buffer.from('not a zip') })).toMatchObject(
      invalid('File is not a zipfile'),
    )
    expect(await upload(s, { ...sdist, data: Buffer.from('not a tarball') })).toMatchObject(
      invalid('File is not a tarfile'),
    )
    expect(await upload(s, buildWheel({ ...SPEC, omit: ['WHEEL'] }))).toMatchObject(
      invalid('WHEEL not found at acme_widget-1.2.0.dist-info/WHEEL'),
    )
    expect(await upload(s, buildSdist({ ...SPEC, omit: ['PKG-INFO'] }))).toMatchObject(
      invalid('PKG-INFO not found at acme_widget-1.2.0/PKG-INFO'),
    )
    const twoTops = tarGz([
      { name: 'acme_widget-1.2.0/PKG-INFO', data: 'Metadata-Version: 2.1\n' },
      { name: 'stray/file.txt', data: 'x' },
    ])
    expect(await upload(s, { ...sdist, data: twoTops })).toMatchObject(
      invalid('Incorrect number of top-level directories in sdist'),
    )
    const bzip2 = zip([{ name: 'acme_widget-1.2.0.dist-info/WHEEL', data: 'x' }], 12)
    expect(await upload(s, { ...wheel, data: bzip2 })).toMatchObject(
      invalid('File does not use a supported compression type'),
    )
    expect(await upload(s, { ...wheel, filename: 'acme.whl' })).toMatchObject(
      invalid('Unable to parse name and version from wheel filename'),
    )
    expect(s.pypi.project('acme-widget')).toBeUndefined()
  })

  it('holds sdist names to PEP 625', async () => {
    const s = await sandbox()
    const cases: Array<[Dist, string]> = [
      [
        { ...buildSdist({ ...SPEC, fileName: 'Acme-Widget' }) },
        "Filename 'Acme-Widget-1.2.0.tar.gz' is invalid, should be 'acme_widget-1.2.0.tar.gz'.",
      ],
      [
        buildSdist({ ...SPEC, fileName: 'other_widget' }),
        "Start filename for 'acme-widget' with 'acme_widget'.",
      ],
      [
        { ...buildSdist(SPEC), filename: 'acme_widget.tar.gz' },
        'Invalid source distribution filename: acme_widget.tar.gz',
      ],
      [
        buildSdist({ ...SPEC, fileVersion: '1.2.1' }),
        "Filename 'acme_widget-1.2.1.tar.gz' is invalid, should be 'acme_widget-1.2.0.tar.gz'.",
      ],
      [
        {
          ...buildSdist(SPEC),
          filename: 'acme_widget-1.2.0.zip',
          data: zip([
            { name: 'acme_widget-1.2.0/PKG-INFO', data: 'Metadata-Version: 2.1\n' },
            { name: 'acme_widget-1.2.0/setup.py', data: '' },
          ]),
        },
        "Filename 'acme_widget-1.2.0.zip' is invalid, should be 'acme_widget-1.2.0.tar.gz'.",
      ],
    ]
    for (const [dist, message] of cases) {
      expect(await upload(s, dist)).toMatchObject(rejected(message))
    }
    // The version is normalised: 1.2.0-RC.1 is 1.2.0rc1.
    const rc = buildSdist({ ...SPEC, version: '1.2.0rc1' })
    expect(await upload(s, rc, { version: '1.2.0-RC.1' })).toMatchObject({ status: 200 })
    expect(s.pypi.project('acme-widget')?.releases.map((r) => r.version)).toEqual(['1.2.0rc1'])
  })

  it('holds wheel names to the project, version and supported platforms', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    const cases: Array<[Dist, string]> = [
      [
        { ...wheel, filename: 'acme_widget-1.2.0-py3-none.whl' },
        "Invalid wheel filename (wrong number of parts): 'acme_widget-1.2.0-py3-none'",
      ],
      [
        buildWheel({ ...SPEC, fileVersion: '1.x' }),
        "Invalid wheel filename (invalid version): 'acme_widget-1.x-py3-none-any'",
      ],
      [
        buildWheel({ ...SPEC, fileName: 'acme__widget' }),
        "Invalid project name: 'acme__widget-1.2.0-py3-none-any'",
      ],
      [
        { ...wheel, filename: 'acme_widget-1.2.0-x1-py3-none-any.whl' },
        "Invalid build number: x1 in 'acme_widget-1.2.0-x1-py3-none-any'",
      ],
      [
        buildWheel({ ...SPEC, platform: 'linux_x86_64' }),
        "Binary wheel 'acme_widget-1.2.0-py3-none-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
      ],
      [
        buildWheel({ ...SPEC, fileName: 'other_widget' }),
        "Start filename for 'acme-widget' with 'acme_widget'.",
      ],
      [
        buildWheel({ ...SPEC, fileName: 'Acme_Widget' }),
        "Filename 'Acme_Widget-1.2.0-py3-none-any.whl' should contain the normalized project name 'acme_widget', not 'Acme_Widget'.",
      ],
      [
        buildWheel({ ...SPEC, fileVersion: '1.2.1' }),
        "Version in filename should be '1.2.0' not '1.2.1'.",
      ],
      [
        buildWheel({ ...SPEC, omit: ['RECORD'] }),
        "Wheel 'acme_widget-1.2.0-py3-none-any.whl' does not contain the required RECORD file: acme_widget-1.2.0.dist-info/RECORD",
      ],
      [
        buildWheel({ ...SPEC, omit: ['METADATA'] }),
        "Wheel 'acme_widget-1.2.0-py3-none-any.whl' does not contain the required METADATA file: acme_widget-1.2.0.dist-info/METADATA",
      ],
    ]
    for (const [dist, message] of cases) {
      expect(await upload(s, dist)).toMatchObject(rejected(message))
    }
    // manylinux wheels are fine, and 1.2 in a file name is version 1.2.0.
    expect(
      await upload(s, buildWheel({ ...SPEC, platform: 'manylinux_2_17_x86_64' })),
    ).toMatchObject({ status: 200 })
    expect(await upload(s, buildWheel({ ...SPEC, fileVersion: '1.2' }))).toMatchObject({
      status: 200,
    })
  })

  it('keeps one sdist per release and closes a release to new files after 14 days', async () => {
    let now = new Date()
    const s = await sandbox({ now: () => now })
    expect(await upload(s, buildSdist(SPEC))).toMatchObject({ status: 200 })
    const zipped = {
      filename: 'acme_widget-1.2.0.zip',
      data: zip([{ name: 'acme_widget-1.2.0/PKG-INFO', data: 'Metadata-Version: 2.1\n' }]),
    }
    expect(await upload(s, zipped)).toMatchObject(
      rejected('Only one sdist may be uploaded per release.'),
    )
    now = new Date(now.getTime() + 15 * 86400_000)
    expect(await upload(s, buildWheel(SPEC))).toMatchObject(
      rejected('Uploading new files to releases older than 14 days is not allowed.'),
    )
    expect(
      await upload(
        s,
        buildWheel({ ...SPEC, version: '1.2.1' }),
        {},
        { spec: { ...SPEC, version: '1.2.1' } },
      ),
    ).toMatchObject({ status: 200 })
  })

  it('refuses the same bytes under another file name', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    expect(await upload(s, wheel)).toMatchObject({ status: 200 })
    // The identical file again: 200, still one file.
    expect(await upload(s, wheel)).toEqual({ status: 200, reason: 'OK', text: '' })
    const renamed = { ...wheel, filename: 'acme_widget-1.2.0-py2.py3-none-any.whl' }
    expect(await upload(s, renamed)).toMatchObject(
      rejected(
        `File already exists ('acme_widget-1.2.0-py2.py3-none-any.whl', with blake2_256 hash '${blake2b256Hex(wheel.data)}'). See https://pypi.org/help/#file-name-reuse for more information.`,
      ),
    )
    expect(s.pypi.project('acme-widget')?.releases[0]?.files).toHaveLength(1)
  })

  it('refuses uploads without credentials and takes a bearer token', async () => {
    const s = await sandbox()
    const wheel = buildWheel(SPEC)
    const anonymous = await postUpload(s, {
      fields: fields(wheel),
      file: { filename: wheel.filename, data: wheel.data },
    })
    expect(anonymous).toMatchObject(
      rejected(
        'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.',
        403,
      ),
    )
    const bearer = await postUpload(s, {
      authorization: `Bearer ${TOKEN}`,
      fields: fields(wheel),
      file: { filename: wheel.filename, data: wheel.data },
    })
    expect(bearer.status).toBe(200)
  })

  it('names TestPyPI’s help pages on TestPyPI', async () => {
    const s = await sandbox({ name: 'testpypi' })
    const wheel = buildWheel(SPEC)
    const anonymous = await postUpload(s, { fields: fields(wheel) })
    expect(anonymous.reason).toBe(
      'Invalid or non-existent authentication information. See https://test.pypi.org/help/#invalid-auth for more information.',
    )
  })

  it('redirects /legacy and answers retired actions with 410', async () => {
    const s = await sandbox()
    const redirect = await fetch(`${s.pypi.url}/legacy`, { method: 'POST', redirect: 'manual' })
    expect(redirect.status).toBe(308)
    expect(redirect.headers.get('location')).toBe('/legacy/')
    expect(redirect.statusText).toBe(
      'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
    )
    for (const [action, message] of [
      [
        'submit',
        'Project pre-registration is no longer required or supported, upload your files instead.',
      ],
      [
        'doc_upload',
        'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
      ],
    ]) {
      const answer = await postUpload(s, { token: TOKEN, fields: [[':action', action!]] })
      expect(answer).toMatchObject(rejected(message!, 410))
    }
    // Without an action, /legacy/ is the upload page.
    expect((await fetch(s.pypi.uploadUrl)).status).toBe(200)
  })

  it('refuses a minted token for a project of another publisher', async () => {
    const s = await sandbox()
    s.pypi.trustPublisher('acme-widget', RELEASE_PUBLISHER)
    expect(
      await upload(
        s,
        buildWheel({ name: 'other', version: '1.0' }),
        {},
        { spec: { name: 'other', version: '1.0' } },
      ),
    ).toMatchObject({ status: 200 })
    const token = await releaseToken(s)
    const other = buildSdist({ name: 'other', version: '1.0' })
    expect(
      await upload(s, other, {}, { spec: { name: 'other', version: '1.0' }, token }),
    ).toMatchObject(
      rejected("Invalid API Token: OIDC scoped token is not valid for project 'other'", 403),
    )
  })
})

describe('blake2_256', () => {
  it('is Python’s hashlib.blake2b(digest_size=32)', async () => {
    expect(blake2b256Hex(Buffer.from('abc'))).toBe(
      'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319',
    )
    expect(blake2b256Hex(Buffer.alloc(0))).toBe(
      '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8',
    )
    const samples = [1, 127, 128, 129, 256, 1000, 70_000].map((size) => randomBytes(size))
    const python = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        'python3',
        [
          '-c',
          'import sys,hashlib,json;print(json.dumps([hashlib.blake2b(bytes.fromhex(h),digest_size=32).hexdigest() for h in json.load(sys.stdin)]))',
        ],
        (error, stdout) => (error === null ? resolve(stdout) : reject(new Error(error.message))),
      )
      child.stdin?.end(JSON.stringify(samples.map((sample) => sample.toString('hex'))))
    })
    expect(samples.map((sample) => blake2b256Hex(sample))).toEqual(JSON.parse(python))
  })
})
